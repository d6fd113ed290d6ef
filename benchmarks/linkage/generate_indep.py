"""Independent synthetic benchmark data for person entity resolution (Romania / Bulgaria).

Written from the data contract only, without knowledge of the engine or of ``generate.py``, so the
engine can be checked on data it was not tuned on.

What it models
--------------
Police and border-police records about the same people as seen by Romanian (``RO``) and Bulgarian
(``BG``) systems during cooperation against migrant smuggling. People are generated in *units* so
that hard negatives arise the way they do in real data:

* Bulgarian families (~22 % of units): father, usually a wife (female surname form ``-ова``/``-ева``),
  sons (patronymic = the father's given name) and daughters, sometimes twins (same birth date and
  family name, different, sometimes similar, given names) and a cousin (same family name).
* Romanian families (~20 %): spouses share the family name, sometimes a son named like his father
  ("junior"), twins, double given names ("Ana-Maria", "Ion Vasile"), hyphenated family names.
* Single Bulgarians / Romanians (~30 %), names drawn from Zipf-like frequency lists, so common
  names ("Иван Иванов", "Ion Popescu") recur, some born in the same year.
* Namesake sets (~4 %): two or three unrelated people with the same given and family name.
* Migrant groups (~13 %): 2-10 third-country nationals (SY, AF, IQ, PK, TR, IR, MA) of one
  nationality, with families and brothers inside, sharing the group phone and the vehicle they were
  caught in; single third-country nationals (~7 %).
* Smuggling cells (~4 %): two to five BG/RO/TR people who share phones and vehicles.

Each person gets 1..10 records (skewed: ~45 % singletons, mean ~2.35), each record independently
from RO or BG (a person's own country's system 62 % of the time, third-country nationals 50/50),
so ~69 % of multi-record persons are seen by both countries. People: roughly 37 % Bulgarian, 35 %
Romanian, 28 % third-country nationals (SY, AF, TR, PK, IQ, IR, MA).

How a record renders a person
-----------------------------
* Bulgarians: Cyrillic in 80 % of BG records; in RO records Latin by the 2009 official
  transliteration (60 %) or an older / BGN (Khristo) / French / Romanian-ear (Jeleazcov) /
  German (Christo Scheljaskow) spelling; the patronymic is kept in the middle name (BG 85 %,
  RO 55 %), dropped, or written into the family field (RO 8 %). Female forms (-ова/-ева/-ска).
* Romanians: comma-below diacritics (50 %), legacy cedilla characters (15 %) or none (35 %) in RO
  records; in BG records mostly without diacritics, 15 % in Cyrillic ("Щефан Ницу"). Double given
  names are kept together, split into given + middle, or the second one dropped.
* Third-country nationals: each record keeps the person's passport spelling (65 %) or picks another
  transliteration variant; in BG records 25 % Cyrillic; Turkish letters kept or stripped; Arabic
  "Al-" article written in several ways; father's name sometimes as middle name; Afghans without
  family name (25 %) get the father's name or nothing. Birth date missing in 15 % of records; 15 %
  (Turks 5 %) only have a declared 1 January date whose year differs by 1-2 in 8 % of records;
  nationality missing ~18 %, confused with a neighbouring country in 3 %.
* Identifiers: CNP for Romanians and EGN for Bulgarians (85 % of the own country's records, 50 % of
  the other's), LNCh for 20 % of third-country nationals (70 % of their BG records, 10 % of RO).
  Check digits, birth date and sex are encoded consistently; 3 % of shown identifiers are mistyped
  (digit changed, adjacent digits transposed, digit dropped), so the checksum fails.
* Birth date present in 94 % of EU records; 2 % of shown dates are wrong (day/month swapped, year
  +-1 or +-10, day off).
* Phones: 45 % of EU people have a phone (12 % of them a second one), 35 % of foreigners; shown in
  45 % of their records in one of many national / international formats; spouses and children
  share the household phone, migrant groups the group phone, smuggling cells the cell phones.
* Plates: 22 % of EU people have a vehicle; RO "B 123 ABC" / "CT-12-XYZ", BG "СА 1234 ВХ" in
  Cyrillic or look-alike Latin, with or without separators; spouses and cells share vehicles;
  migrants carry the plate of the vehicle they were caught in. Shown in 45 % of records.
* Document numbers (30 % of EU records, 55 % of foreigners'): one of one or two ID card / passport
  numbers, sometimes spaced (8 %), lower-case (8 %), OCR-confused (4 %) or mistyped (2 %).
* Noise: given/family swapped (1.5 % EU, 3 % foreigners), typing errors in 2.5 % and OCR confusions
  (0/O, 1/I/l, 5/S, 8/B, rn/m) in 0.6 % of name fields, 0.5 % all upper case, 0.4 % name missing,
  sex missing 10 % (wrong 0.5 %).

Resulting fill rates: birth_date ~92 %, national_id ~55 %, document_number ~37 %, middle_name
~38 %, phone ~23 %, vehicle_plate ~12 %, nationality ~89 %. Plain Splink as its documentation
suggests (benchmarks/linkage/plain_splink.py) reaches about 0.81 pairwise F1 (precision ~0.81,
recall ~0.81, cross-border recall ~0.75) on 100,000 records.

Output: CSV ``record_id,source,given_name,middle_name,family_name,birth_date,sex,national_id,
document_number,nationality,phone,vehicle_plate`` in random row order, and a truth CSV
``record_id,person_id``. Rows are shuffled through temporary buckets, so memory stays small.

Usage: python benchmarks/linkage/generate_indep.py N OUT.csv --truth TRUTH.csv --seed S
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import tempfile
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

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


def _words(text: str) -> list[str]:
    return text.split()


# ---------------------------------------------------------------------------------------------
# Name data. Lists are ordered by frequency; sampling uses Zipf-like weights over the order.
# ---------------------------------------------------------------------------------------------

BG_MALE = _words(
    "Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Александър Йордан Атанас Стефан "
    "Красимир Ангел Борис Валентин Пламен Илия Емил Кирил Любомир Марин Милен Светослав Цветан "
    "Веселин Желязко Живко Здравко Мартин Даниел Калоян Виктор Радослав Станимир Благой Михаил "
    "Павел Петко Симеон Костадин Никола Владимир Дечо Енчо Рангел Огнян Боян Тихомир Румен Митко "
    "Янко Страхил Кольо Делян Асен Иво Славчо Христиан Мирослав Антон"
)
BG_FEMALE = _words(
    "Мария Иванка Елена Йорданка Пенка Виолета Десислава Гергана Цветелина Анна Николина Стефка "
    "Радка Галя Валентина Петя Милена Теодора Силвия Невена Росица Красимира Емилия Снежана "
    "Даниела Габриела Надежда Величка Христина Вяра Ралица Нели Светлана Катерина Веселина Донка "
    "Златка Таня Ивелина Поля Румяна Лиляна Божана Зорница Яна Виктория Деница Калина"
)
BG_FAMILY = _words(
    "Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев Атанасов "
    "Петков Ангелов Йорданов Колев Маринов Стефанов Попов Михайлов Костадинов Кирилов Желязков "
    "Цветков Янков Найденов Димов Костов Митев Русев Павлов Александров Лазаров Симеонов "
    "Рангелов Славов Станев Киров Донев Добрев Стойчев Гочев Ганчев Радев Райчев Марков Денев "
    "Хаджийски Петровски Каменов Божинов Вълчев Тончев Жеков Игнатов Пеев Бонев Енчев Кръстев "
    "Кючуков Недялков Методиев Драганов Събев Чолаков Шишков Щерев Ценов Тасев Гешев Узунов "
    "Бойчев Вълков Гърков Ковачев Кожухаров Терзиев Бакалов Грънчаров Дюлгеров Кантарджиев Куртев "
    "Мечков Соколов Орлов Гълъбов Зайков Белчев Черников Червенков Дребчев Малинов Градев Стойков "
    "Стоев Стойнов Нейков Нейчев Пенчев Пенев Минчев Минков Динев Дончев Ганев Танев Вичев Влаев "
    "Йотов Кънчев Личев Мутафчиев Налбантов Папазов Сарафов Табаков Тютюнджиев Чакъров Шопов Янев "
    "Ямболиев Арнаудов Бояджиев Генчев Господинов Дамянов Делчев Еленков Захариев Игнатиев Кунчев "
    "Лилов Манолов Мирчев Младенов Николчев Панайотов Пашов Проданов Райков Сотиров Тенев Трифонов "
    "Филипов Хрисимов Цонев Чернев Шаламанов Юруков Ясенов Богданов Вачев Гълъбинов Дочев Жечев"
)
BG_PATRONYMIC_OVERRIDES = {"Васил": "Василев", "Михаил": "Михайлов", "Павел": "Павлов", "Кольо": "Колев"}
BG_SIMILAR = [
    ("Петър", "Павел"),
    ("Борис", "Боян"),
    ("Иван", "Иво"),
    ("Мария", "Мариана"),
    ("Десислава", "Деница"),
    ("Калоян", "Калин"),
    ("Георги", "Григор"),
    ("Яна", "Яница"),
]

RO_MALE = _words(
    "Ion Gheorghe Vasile Constantin Alexandru Mihai Andrei Nicolae Ștefan Florin Adrian Daniel "
    "Marius Cristian Gabriel Ionuț Bogdan Dumitru Petru Sorin Cătălin Răzvan Lucian Radu Viorel "
    "Costel Marian Cosmin Valentin Iulian Ovidiu Dragoș Sebastian Liviu Eugen Emil Aurel Ilie "
    "Tudor Mircea Cornel Nicușor Laurențiu Silviu Remus Octavian Horia Virgil Sergiu Toma"
)
RO_FEMALE = _words(
    "Maria Elena Ioana Ana Andreea Mihaela Cristina Gabriela Alexandra Daniela Florentina "
    "Georgiana Ana-Maria Nicoleta Alina Ramona Simona Roxana Loredana Diana Larisa Irina Raluca "
    "Oana Corina Adriana Carmen Luminița Ștefania Mirela Violeta Veronica Lăcrămioara Petronela "
    "Maria-Cristina Denisa Bianca Iuliana Claudia Camelia Viorica Aurelia Doina Rodica"
)
RO_FAMILY = _words(
    "Popescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Munteanu "
    "Constantin Mihai Marin Florea Dinu Lazăr Toma Moldovan Șerban Nistor Nițu Țurcanu Ene "
    "Cristea Dobre Barbu Tudor Ștefan Neagu Ilie Vasile Ungureanu Sandu Oprea Voicu Preda Manea "
    "Nedelcu Dragomir Pârvu Mocanu Grigore Andrei Bălan Zamfir Lungu Răducanu Tănase Ardeleanu "
    "Costache Păun Băluță Ștefănescu Țăranu Jitaru Cioban Ghiță Enache Chiriac Iordache Mitrea "
    "Georgescu Constantinescu Dumitrescu Stănescu Marinescu Niculescu Petrescu Popovici Diaconu "
    "Cojocaru Croitoru Ursu Lupu Mazilu Negru Albu Roman Sava Păduraru Vlad Vlădescu Iliescu Ioniță "
    "Stoian Gavrilă Ciucă Istrate Anghel Surdu Bucur Buzatu Coman Drăgan Moraru Lupașcu Bejan Butnaru "
    "Cozma Irimia Pavel Rotaru Tănăsescu Vasilescu Zaharia Cârstea Cristescu Nicolae Oancea Pană "
    "Pricop Rădulescu Săvulescu Tomescu Vlaicu Zăvoianu Nedelea Mihăilescu Grigorescu Ardelean "
    "Bogdan Bratu Chirilă Ciobotaru Dascălu Filip Ionașcu Mihalache Nechita Olaru Paraschiv Rădoi "
    "Sârbu Udrea Țurcan Șandru Știrbu Pîrvulescu Mureșan Crăciun Boboc Dobrescu Fătu Gheorghiu"
)
RO_SIMILAR = [
    ("Ionuț", "Ionel"),
    ("Andrei", "Andreea"),
    ("Mihai", "Mihaela"),
    ("Cristian", "Cristina"),
    ("Daniel", "Daniela"),
    ("Gabriel", "Gabriela"),
    ("Marian", "Marius"),
    ("Ioana", "Ionela"),
]

# Third-country names: one entry per line, Latin variants separated by "|", the first being the
# most common. Optional " / " part lists Cyrillic spellings used by Bulgarian officers.
AR_MALE = """
Mohammed|Muhammad|Mohamed|Mohamad|Mohammad|Muhammed / Мохамед|Мохамад|Мухамед|Мохаммед
Ahmad|Ahmed|Ahmet / Ахмад|Ахмед
Ali / Али
Hussein|Husein|Hussain|Husain / Хюсеин|Хусейн|Хусеин
Hassan|Hasan / Хасан
Youssef|Yusuf|Yousef|Yossef|Yusef / Юсеф|Юсуф
Mustafa|Moustafa|Mostafa / Мустафа
Abdul Rahman|Abdulrahman|Abdurrahman|Abdelrahman|Abd al-Rahman / Абдул Рахман|Абдулрахман
Omar|Umar|Omer / Омар
Khaled|Khalid|Haled / Халед|Халид
Ibrahim|Ebrahim|Ibraheem / Ибрахим
Mahmoud|Mahmud|Mahmood / Махмуд
Karim|Kareem / Карим
Abdullah|Abdallah|Abdulla / Абдула|Абдулах
Saleh|Salih / Салех|Салих
Bilal / Билал
Tariq|Tarek|Tarik / Тарик|Тарек
Samir|Sameer / Самир
Jamal|Gamal|Djamal / Джамал
Walid|Waleed / Уалид|Валид
Said|Saeed|Sayed / Саид
Rami / Рами
Majid|Majed / Маджид
Hamza|Hamzah / Хамза
Yasser|Yasir|Yaser / Ясер|Ясир
Osama|Usama|Oussama / Осама
Adnan / Аднан
Firas / Фирас
"""
AR_FEMALE = """
Fatima|Fatma|Fatmeh / Фатима
Aisha|Ayesha|Aicha / Аиша|Айша
Maryam|Mariam|Meryem / Мариам
Zainab|Zeinab|Zaynab / Зейнаб|Зайнаб
Noor|Nour|Nur / Нур
Amina|Amineh / Амина
Layla|Leila|Laila / Лейла|Лайла
Huda|Houda / Худа
Rania / Рания
Sara|Sarah / Сара
Hiba / Хиба
Yasmin|Yasmine|Jasmin / Ясмин
"""
AR_FAMILY = """
Al-Ahmad
Al-Hassan
Al-Ali
Al-Khalil
Haddad
Hamoud|Hammoud
Darwish|Darwich
Khalil
Al-Jubouri|Al-Jaburi|Al-Juburi
Al-Obeidi|Al-Ubaidi
Al-Tamimi
Abbas
Kadhim|Kazem|Kadhem
Hussein|Hussain|Husein
Mohammed|Mohamed|Muhammad
Ibrahim
Saleh|Salih
Al-Shami
Al-Halabi
Othman|Osman|Uthman
Sabbagh
Najjar
Al-Zoubi|Al-Zubi
Al-Masri
Kurdi
Hamdan
Suleiman|Sulaiman|Soliman
Al-Khatib
Al-Hamwi|Al-Hamawi
Al-Homsi
Al-Rifai|Al-Refaai
Al-Saleh
Al-Hussein|Al-Husseini
Al-Khouri|Khoury
Al-Mousa|Al-Musa
Al-Omar
Al-Youssef|Al-Yousef
Al-Ibrahim
Al-Hamad
Al-Sheikh
Al-Nuaimi|Al-Naimi
Al-Dulaimi|Al-Duleimi
Al-Rawi
Al-Janabi
Al-Bayati
Al-Shammari|Al-Shamari
Al-Azzawi|Al-Azawi
Al-Saadi|Al-Sadi
Mansour|Mansur
Nasser|Naser
Ghanem|Ghanim
Qasim|Kassem|Qassem
Yassin|Yasin
Barakat
Hijazi|Hejazi
Zaher|Zahir
Jaber|Jabir
Haj Ali|Hajj Ali
Attar
Kanaan|Kenaan
Shaheen|Shahin
Awad
Fares|Faris
Habib
"""
MA_MALE = """
Mohamed|Mohammed|Mohamad|Muhammad / Мохамед
Youssef|Youssouf|Yusuf / Юсеф
Said|Saïd / Саид
Rachid|Rashid / Рашид
Abdelkader|Abdulkader|Abdel Kader / Абделкадер
Hicham|Hisham / Хишам
Mustapha|Mustafa|Moustapha / Мустафа
Karim / Карим
Omar / Омар
Khalid|Khaled / Халид
Nabil / Набил
Amine|Amin / Амин
Ayoub|Ayoube|Ayub / Аюб
Anass|Anas / Анас
Hamza / Хамза
Redouane|Redwan|Ridouane / Редуан
"""
MA_FEMALE = """
Fatima|Fatema / Фатима
Khadija|Khadidja|Khadeeja / Хадиджа
Naima|Naïma / Наима
Samira / Самира
Nadia / Надя
Houda|Huda / Худа
"""
MA_FAMILY = """
El Amrani|Amrani|El-Amrani
Benali|Ben Ali
Bouazza|Bouaza
El Idrissi|Idrissi|El-Idrissi
Alaoui|El Alaoui
Tazi
Berrada
Bennani
El Fassi|Fassi
Ouali|Ouaali
Chakir|Shakir
Ait Ali|Aït Ali
Lahlou
Ziani
Belhaj|Belhadj
El Khatib|Khatib
El Mansouri|Mansouri
Benjelloun
Cherkaoui
El Ouardi|Ouardi
Haddou
Amrani
Boukhari|Bukhari
Chraibi
Daoudi
El Hassani|Hassani
Fikri
Ghazi
Jabri
Kabbaj
Lamrani
Naciri|Nasiri
Rahmouni
Saidi
Tahiri
Zerouali
"""
AF_MALE = """
Mohammad|Mohammed|Muhammad|Mohamad / Мохамад|Мохамед
Ahmad|Ahmed / Ахмад
Gholam|Ghulam|Golam / Гулам|Голам
Abdul|Abdol / Абдул
Ali / Али
Hamid|Hameed / Хамид
Najibullah|Najib|Najeebullah / Наджибула|Наджиб
Rahmatullah|Rahmatulla / Рахматула
Zabihullah|Zabiullah|Zabihulla / Забиула|Забихула
Jawad|Javad / Джавад
Sayed|Sayyed|Said|Sayyid / Саид|Сайед
Mirwais|Mirways / Мирвайс
Farid|Fareed / Фарид
Hekmat|Hikmat / Хекмат
Nasir|Naser|Nasser / Насир|Насер
Rahim|Raheem / Рахим
Khalid|Khaled / Халид
Wahid|Waheed / Уахид|Вахид
Sharif|Shareef / Шариф
Hasib|Haseeb / Хасиб
"""
AF_FEMALE = """
Fatima|Fatema / Фатима
Zahra|Zahraa / Захра
Maryam|Mariam / Мариам
Nazanin|Nazaneen / Назанин
Shabnam / Шабнам
Gul|Gol / Гюл|Гул
"""
AF_FAMILY = """
Khan
Ahmadzai|Ahmadzay
Noori|Nuri|Nouri
Rahimi|Raheemi
Hakimi
Karimi|Kareemi
Stanikzai|Stanekzai
Popal
Sultani
Amiri
Hashimi|Hashemi
Safi
Mohammadi|Mohamadi|Muhammadi
Haidari|Heidari|Haidary
Niazi
Wardak
Sadat
Azizi
Jalali
Yousufzai|Yusufzai|Yousafzai
Barakzai|Barakzay
Durrani
Ghani
Habibi
Jamali
Kakar
Mangal
Naseri|Nasiri
Omari
Qaderi|Qadiri
Rasuli|Rasooli
Sahak
Samadi
Shinwari
Taheri|Tahiri
Zazai
Zaheer|Zahir
Alokozai|Alokozay
Andar
Mohmand
Nazari
Rahmani
Sediqi|Siddiqi
Tokhi
Yaqubi|Yaghoubi
Akbari
Ahmadi
Faizi
Hotak
Kohistani
"""
PK_MALE = """
Muhammad|Mohammad|Muhammed|Mohammed / Мохамед|Мухамад
Ali / Али
Imran|Imraan / Имран
Asif|Asef / Асиф
Bilal / Билал
Usman|Osman|Othman / Усман|Осман
Zeeshan|Zishan / Зишан
Waqas|Waqass / Уакас|Вакас
Kamran / Камран
Faisal|Faysal / Файсал
Shahid|Shaheed / Шахид
Tariq|Tarik / Тарик
Adnan / Аднан
Naveed|Navid / Навид
Arshad / Аршад
Irfan / Ирфан
Javed|Javaid|Javid / Джавед
Nadeem|Nadim / Надим
Shahzad / Шахзад
"""
PK_FEMALE = """
Ayesha|Aisha / Айша
Fatima / Фатима
Sana / Сана
Saima / Сайма
Nazia / Назия
"""
PK_FAMILY = """
Khan
Ali
Hussain|Hussein|Husain
Iqbal|Ikbal
Butt
Malik
Raza
Ahmed|Ahmad
Shah
Chaudhry|Chaudhary|Choudhry
Qureshi|Kureshi|Quraishi
Akhtar|Akhter
Mirza
Javed|Javaid
Aslam
Rana
Sheikh|Shaikh
Bhatti
Abbasi
Afridi
Awan
Baig|Beg
Cheema
Dar
Gill
Gondal
Hashmi
Jatoi
Khokhar
Mughal
Naqvi
Rajput
Rehman|Rahman
Riaz
Siddiqui|Siddiqi
Tariq
Warraich
Yousaf|Yusuf
Zaidi
Anwar
Bashir
Mahmood|Mehmood
"""
TR_MALE = """
Mehmet|Mehmed / Мехмед|Мехмет
Mustafa / Мустафа
Ahmet|Ahmed / Ахмед|Ахмет
Ali / Али
Hüseyin|Huseyin|Hüsein / Хюсеин
Hasan|Hassan / Хасан
İbrahim|Ibrahim / Ибрахим
İsmail|Ismail / Исмаил
Osman / Осман
Yusuf / Юсуф
Murat|Murad / Мурат
Ömer|Omer / Йомер|Омер
Ramazan / Рамадан|Рамазан
Halil / Халил
Süleyman|Suleyman / Сюлейман
Abdullah / Абдула
Mahmut|Mahmud / Махмуд
Recep|Redzhep / Реджеп
Fatih / Фатих
Emre / Емре
Burak / Бурак
Serkan / Серкан
Hakan / Хакан
Kemal / Кемал
"""
TR_FEMALE = """
Fatma / Фатма
Ayşe|Ayse / Айше
Emine / Емине
Hatice|Hatidzhe / Хатидже
Zeynep / Зейнеп
Elif / Елиф
Meryem / Мерием
Şerife|Serife / Шерифе
Zehra / Зехра
Özlem|Ozlem / Йозлем|Озлем
"""
TR_FAMILY = """
Yılmaz|Yilmaz / Йълмаз|Йилмаз
Kaya / Кая
Demir / Демир
Şahin|Sahin / Шахин
Çelik|Celik / Челик
Yıldız|Yildiz / Йълдъз|Йилдиз
Yıldırım|Yildirim / Йълдъръм
Öztürk|Ozturk / Йозтюрк|Озтюрк
Aydın|Aydin / Айдън|Айдин
Özdemir|Ozdemir / Йоздемир
Arslan|Aslan / Арслан
Doğan|Dogan / Доан|Доган
Kılıç|Kilic / Кълъч
Çetin|Cetin / Четин
Kara / Кара
Koç|Koc / Коч
Kurt / Курт
Özkan|Ozkan / Йозкан
Şimşek|Simsek / Шимшек
Polat / Полат
Erdoğan|Erdogan / Ердоган
Güneş|Gunes / Гюнеш
Aktaş|Aktas / Акташ
Acar / Акар
Bulut / Булут
Tekin / Текин
Korkmaz / Коркмаз
Uçar|Ucar / Учар
Tunç|Tunc / Тунч
Karaca / Караджа
Avcı|Avci / Авджъ
Eren / Ерен
Kaplan / Каплан
Bozkurt / Бозкурт
Sarı|Sari / Саръ
Güler|Guler / Гюлер
Keskin / Кескин
Taş|Tas / Таш
Ateş|Ates / Атеш
Altun|Altın / Алтън
Akın|Akin / Акън
Turan / Туран
Erdem / Ердем
Bayram / Байрам
Başaran|Basaran / Башаран
"""
IR_MALE = """
Mohammad|Mohammed|Muhammad|Mohamad / Мохамад
Ali / Али
Hossein|Hosein|Hussein / Хосеин|Хусеин
Reza / Реза
Mehdi|Mahdi / Мехди
Amir / Амир
Hamid / Хамид
Saeed|Said / Саид
Majid / Маджид
Ahmad / Ахмад
Mohsen|Muhsin / Мохсен
Javad|Jawad / Джавад
Hassan|Hasan / Хасан
Abbas / Аббас|Абас
Morteza|Mortaza / Мортеза
Masoud|Masud / Масуд
Alireza|Ali Reza / Алиреза
Behnam / Бехнам
Farhad / Фархад
"""
IR_FEMALE = """
Fatemeh|Fatima|Fateme / Фатеме
Zahra / Захра
Maryam|Mariam / Мариам
Narges / Наргес
Zeinab|Zeynab / Зейнаб
Leila|Leyla / Лейла
Sara / Сара
Mahsa / Махса
"""
IR_FAMILY = """
Hosseini|Hoseini|Husseini
Mohammadi|Mohamadi
Ahmadi
Rezaei|Rezaee|Rezai
Karimi
Jafari|Jafary|Jaafari
Moradi
Rahimi
Hashemi|Hashimi
Ghasemi|Qasemi|Ghassemi
Kazemi
Sadeghi|Sadeqi
Heidari|Haidari|Heydari
Akbari
Rostami
Najafi
Abbasi
Azizi
Bagheri|Baqeri
Ebrahimi
Fallahi
Ghorbani|Qorbani
Hamidi
Jalali
Karami
Mahmoudi|Mahmudi
Mirzaei|Mirzaee
Mousavi|Musavi
Nazari
Rahmani
Salehi
Shirazi
Soltani
Tehrani
Yazdani
Zamani
"""

# Nationality -> (male, female, family, share among third-country nationals, phone country code).
TCN_SPEC = {
    "SY": (AR_MALE, AR_FEMALE, AR_FAMILY, 0.24, "963"),
    "AF": (AF_MALE, AF_FEMALE, AF_FAMILY, 0.22, "93"),
    "IQ": (AR_MALE, AR_FEMALE, AR_FAMILY, 0.12, "964"),
    "PK": (PK_MALE, PK_FEMALE, PK_FAMILY, 0.14, "92"),
    "TR": (TR_MALE, TR_FEMALE, TR_FAMILY, 0.14, "90"),
    "IR": (IR_MALE, IR_FEMALE, IR_FAMILY, 0.07, "98"),
    "MA": (MA_MALE, MA_FEMALE, MA_FAMILY, 0.07, "212"),
}
NATIONALITY_CONFUSION = {"SY": "IQ", "IQ": "SY", "AF": "PK", "PK": "AF", "IR": "AF", "MA": "DZ", "TR": "SY"}
TCN_PASSPORT = {
    "SY": ("N", 8),
    "AF": ("P", 8),
    "IQ": ("A", 8),
    "PK": ("AB", 7),
    "TR": ("U", 8),
    "IR": ("K", 8),
    "MA": ("MA", 7),
}


@dataclass(frozen=True)
class NameForms:
    """One name with its Latin spelling variants (first = most common) and Cyrillic spellings."""

    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]


def _parse_names(block: str) -> list[NameForms]:
    out = []
    for line in block.strip().splitlines():
        lat, _, cyr = line.partition(" / ")
        latin = tuple(v.strip() for v in lat.split("|"))
        cyrillic = tuple(v.strip() for v in cyr.split("|") if v.strip() and _is_cyrillic(v.strip()))
        if not cyrillic:
            cyrillic = tuple(dict.fromkeys(lat2cyr(v) for v in latin[:2]))
        out.append(NameForms(latin, cyrillic))
    return out


def _is_cyrillic(s: str) -> bool:
    return all("\u0400" <= ch <= "\u04ff" or not ch.isalpha() for ch in s)


# (exponent, rank offset) of the Zipf-like name frequencies. The lists hold only the head of a real
# population's names, so the offsets flatten it: the most common EU given name is ~4 % and the most
# common family name ~1.4 % of people, close to "Георги"/"Иванов" and "Ion"/"Popescu" in reality.
EU_GIVEN_ZIPF = (0.6, 8.0)
EU_FAMILY_ZIPF = (0.4, 10.0)
TCN_GIVEN_ZIPF = (0.6, 6.0)
TCN_FAMILY_ZIPF = (0.4, 8.0)


class Zipf:
    """Sample items with weight 1/(rank+offset)^s (deterministic given the rng)."""

    def __init__(self, items: list, s: float = 0.9, offset: float = 2.0) -> None:
        self.items = items
        self.cum = list(accumulate(1.0 / (i + offset) ** s for i in range(len(items))))

    def __call__(self, rng: random.Random) -> object:
        return self.items[bisect_right(self.cum, rng.random() * self.cum[-1])]


def weighted(rng: random.Random, pairs: list[tuple[object, float]]) -> object:
    x = rng.random() * sum(w for _, w in pairs)
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------------------------------------
# Transliteration
# ---------------------------------------------------------------------------------------------

_BG_BASE = dict(zip("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf", strict=True))
BG_SCHEMES: dict[str, dict[str, str]] = {
    # Official 2009 law (Streamlined System): Hristo Zhelyazkov, final -ия -> -ia.
    "official": {
        **_BG_BASE,
        "ж": "zh",
        "й": "y",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sht",
        "ъ": "a",
        "ь": "y",
        "ю": "yu",
        "я": "ya",
    },
    # BGN/PCGN-like older practice: Khristo Zheliazkov.
    "bgn": {
        **_BG_BASE,
        "ж": "zh",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sht",
        "ъ": "a",
        "ь": "",
        "ю": "iu",
        "я": "ia",
    },
    # 1990s passports / French influence: Hristo Jeliazkov.
    "old": {
        **_BG_BASE,
        "ж": "j",
        "й": "i",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sht",
        "ъ": "a",
        "ь": "",
        "ю": "iu",
        "я": "ia",
    },
    "french": {
        **_BG_BASE,
        "ж": "j",
        "й": "i",
        "х": "kh",
        "ц": "ts",
        "ч": "tch",
        "ш": "ch",
        "щ": "cht",
        "ъ": "a",
        "ь": "",
        "ю": "iou",
        "я": "ia",
        "у": "ou",
    },
    # Romanian officer writing by ear: Hristo Jeleazcov, Gheorghiev.
    "romanian": {
        **_BG_BASE,
        "ж": "j",
        "й": "i",
        "х": "h",
        "ц": "ț",
        "ч": "ci",
        "ш": "ș",
        "щ": "șt",
        "ъ": "ă",
        "ь": "",
        "ю": "iu",
        "я": "ea",
        "к": "c",
    },
    # German: Christo Scheljaskow.
    "german": {
        **_BG_BASE,
        "в": "w",
        "ж": "sch",
        "з": "s",
        "й": "j",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "schtsch",
        "ъ": "a",
        "ь": "j",
        "ю": "ju",
        "я": "ja",
    },
}
BG_SCHEME_WEIGHTS = [
    ("official", 0.60),
    ("bgn", 0.10),
    ("old", 0.16),
    ("french", 0.06),
    ("romanian", 0.12),
    ("german", 0.06),
]


def _cap_words(s: str) -> str:
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -'"
    return "".join(out)


@cache
def bg_to_latin(name: str, scheme: str) -> str:
    table = BG_SCHEMES[scheme]
    low = name.lower()
    out = []
    n = len(low)
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < n else ""
        end = i + 1 == n or not nxt.isalpha()
        if scheme == "official" and ch == "я" and end and i > 0 and low[i - 1] == "и":
            out.append("a")
        elif scheme == "romanian" and ch in "гк" and nxt in "еиья":
            out.append("gh" if ch == "г" else "ch")
        elif scheme == "german" and ch == "в" and end:
            out.append("w")
        elif scheme == "german" and ch == "с" and i > 0 and low[i - 1] in "аеиоуъ" and nxt in "аеиоуъ":
            out.append("ss")
        else:
            out.append(table.get(ch, ch))
    s = "".join(out).replace("iia", "ia").replace("iiu", "iu")
    return _cap_words(s)


_LAT_RULES = [
    ("shch", "щ"),
    ("sch", "ш"),
    ("kh", "х"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("gh", "г"),
    ("th", "т"),
    ("dh", "д"),
    ("ph", "ф"),
    ("ts", "ц"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "йо"),
    ("ye", "е"),
    ("ck", "к"),
    ("dj", "дж"),
    ("aa", "а"),
    ("q", "к"),
    ("w", "у"),
    ("x", "кс"),
    ("j", "дж"),
    ("c", "к"),
    ("ş", "ш"),
    ("ç", "ч"),
    ("ğ", ""),
    ("ı", "ъ"),
    ("ö", "ьо"),
    ("ü", "ю"),
    ("ï", "и"),
    ("â", "а"),
    ("î", "и"),
    ("û", "у"),
    ("'", ""),
]
_LAT_SINGLE = dict(zip("abdefghiklmnoprstuvz", "абдефгхиклмнопрстувз", strict=True))


@cache
def lat2cyr(name: str) -> str:
    """Transliterate a foreign Latin-script name into Bulgarian Cyrillic as an officer might."""
    low = name.lower().replace("i̇", "i")
    out: list[str] = []
    i = 0
    while i < len(low):
        for src, dst in _LAT_RULES:
            if low.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            ch = low[i]
            if ch == "y":
                prev = low[i - 1] if i else " "
                out.append("й" if prev in "aeiou" or i == 0 else "и")
            else:
                out.append(_LAT_SINGLE.get(ch, ch))
            i += 1
    s = "".join(out)
    # collapse doubled consonants (Mohammed -> Мохамед)
    collapsed = []
    for ch in s:
        if collapsed and ch == collapsed[-1] and ch not in "аеиоуъ":
            continue
        collapsed.append(ch)
    return _cap_words("".join(collapsed))


_RO_RULES = [
    ("chi", "ки"),
    ("che", "ке"),
    ("ghi", "ги"),
    ("ghe", "ге"),
    ("cio", "чо"),
    ("ciu", "чу"),
    ("gio", "джо"),
    ("giu", "джу"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("șt", "щ"),
    ("ș", "ш"),
    ("ț", "ц"),
    ("ea", "я"),
    ("ia", "ия"),
    ("iu", "ю"),
    ("io", "йо"),
    ("ă", "ъ"),
    ("â", "ъ"),
    ("î", "ъ"),
    ("j", "ж"),
    ("c", "к"),
    ("x", "кс"),
    ("h", "х"),
    ("y", "и"),
    ("w", "в"),
    ("q", "к"),
]
_RO_SINGLE = dict(zip("abdefgiklmnoprstuvz", "абдефгиклмнопрстувз", strict=True))
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
_STRIP = str.maketrans(
    {
        "ș": "s",
        "ț": "t",
        "Ș": "S",
        "Ț": "T",
        "ă": "a",
        "â": "a",
        "î": "i",
        "Ă": "A",
        "Â": "A",
        "Î": "I",
        "ş": "s",
        "ţ": "t",
        "Ş": "S",
        "Ţ": "T",
    }
)
_TR_STRIP = str.maketrans(
    {
        "ş": "s",
        "ç": "c",
        "ğ": "g",
        "ı": "i",
        "ö": "o",
        "ü": "u",
        "Ş": "S",
        "Ç": "C",
        "Ö": "O",
        "Ü": "U",
        "İ": "I",
        "ï": "i",
        "â": "a",
    }
)


@cache
def ro_to_cyr(name: str) -> str:
    low = name.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        for src, dst in _RO_RULES:
            if low.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            ch = low[i]
            prev = low[i - 1] if i else " "
            if ch == "i" and prev in "aeou" and (i + 1 == len(low) or not low[i + 1].isalpha()):
                out.append("й")
            else:
                out.append(_RO_SINGLE.get(ch, ch))
            i += 1
    return _cap_words("".join(out))


_LOOKALIKE = dict(zip("АВЕКМНОРСТУХ", "ABEKMHOPCTYX", strict=True))
_TO_LOOKALIKE = str.maketrans(_LOOKALIKE)
_TO_CYR_LOOKALIKE = str.maketrans({v: k for k, v in _LOOKALIKE.items()})

# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------


def cnp(birth: dt.date, sex: str, rng: random.Random) -> str:
    century = {18: 3, 19: 1, 20: 5}[birth.year // 100] + (sex == "F")
    county = rng.choice([*range(1, 47), 51, 52])
    body = f"{century}{birth:%y%m%d}{county:02d}{rng.randint(1, 999):03d}"
    s = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if s == 10 else s)


def egn(birth: dt.date, sex: str, rng: random.Random) -> str:
    month = birth.month + (40 if birth.year >= 2000 else 20 if birth.year < 1900 else 0)
    region = rng.randint(0, 99)
    last = rng.choice("02468" if sex == "M" else "13579")
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{region:02d}{last}"
    s = sum(int(d) * w for d, w in zip(body, (2, 4, 8, 5, 10, 9, 7, 3, 6), strict=True)) % 11
    return body + str(0 if s == 10 else s)


def lnch(rng: random.Random) -> str:
    body = f"{rng.randint(10**8, 10**9 - 1)}"
    s = sum(int(d) * w for d, w in zip(body, (21, 19, 17, 13, 11, 9, 7, 3, 1), strict=True)) % 10
    return body + str(s)


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

RO_COUNTIES = _words(
    "B CT IS CJ TM BV PH DJ GL BH AG SV MM NT BC BZ AR SB HD VL OT TL CS DB GJ IL VN "
    "BR CL GR IF MS AB BN SJ HR CV SM VS MH"
)
BG_REGIONS = _words("С СА СВ СТ СН СМ СО СС В ВТ ВН ВР Е ЕВ ЕН К КН М Н ОВ Р РА РВ РК РР Т ТХ Х А ВХ")


@dataclass
class Person:
    pid: str
    kind: str  # "BG", "RO" or "TCN"
    nationality: str
    sex: str
    given: object  # str for BG (Cyrillic) / RO (diacritics); NameForms for TCN
    family: object  # str, NameForms or None (TCN without family name)
    middle: object = None  # BG patronymic (str), RO second given name (str), TCN father's name
    birth: dt.date | None = None
    declared_jan1: bool = False
    national_id: str = ""
    docs: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (country code, national number)
    plates: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # (country, region, digits, letters)
    spelling: dict[str, int] = field(default_factory=dict)  # passport spelling per TCN name slot


class World:
    """Generates units of related and unrelated people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n_people = 0
        self.issued: set[str] = set()
        self.bg_male = Zipf(BG_MALE, *EU_GIVEN_ZIPF)
        self.bg_female = Zipf(BG_FEMALE, *EU_GIVEN_ZIPF)
        self.bg_family = Zipf(BG_FAMILY, *EU_FAMILY_ZIPF)
        self.ro_male = Zipf(RO_MALE, *EU_GIVEN_ZIPF)
        self.ro_female = Zipf(RO_FEMALE, *EU_GIVEN_ZIPF)
        self.ro_family = Zipf(RO_FAMILY, *EU_FAMILY_ZIPF)
        self.tcn: dict[str, tuple[Zipf, Zipf, Zipf]] = {}
        for nat, (male, female, fam, _share, _cc) in TCN_SPEC.items():
            self.tcn[nat] = (
                Zipf(_parse_names(male), *TCN_GIVEN_ZIPF),
                Zipf(_parse_names(female), *TCN_GIVEN_ZIPF),
                Zipf(_parse_names(fam), *TCN_FAMILY_ZIPF),
            )
        self.tcn_pick = [(nat, spec[3]) for nat, spec in TCN_SPEC.items()]

    # -- primitives ------------------------------------------------------------------------
    def new_pid(self) -> str:
        self.n_people += 1
        return f"P{self.n_people:08d}"

    def birth(self, lo: int, hi: int) -> dt.date:
        """Birth date for an age between lo and hi years (reference date 2024-06-30)."""
        age_days = self.rng.randint(lo * 365, hi * 365 + 364)
        return dt.date(2024, 6, 30) - dt.timedelta(days=age_days)

    def adult_birth(self) -> dt.date:
        return self.birth(
            *weighted(self.rng, [((18, 29), 0.3), ((30, 45), 0.4), ((46, 60), 0.2), ((61, 80), 0.1)])
        )

    def unique(self, make) -> str:
        for _ in range(20):
            v = make()
            if v not in self.issued:
                self.issued.add(v)
                return v
        return v

    def phone(self, country: str) -> tuple[str, str]:
        r = self.rng
        if country == "RO":
            return "40", f"7{r.choice('2345678')}{r.randint(0, 9999999):07d}"
        if country == "BG":
            return "359", f"8{r.choice('789')}{r.choice('789')}{r.randint(0, 999999):06d}"
        cc = TCN_SPEC[country][4]
        lead = {"963": "9", "93": "7", "964": "7", "92": "3", "90": "5", "98": "9", "212": "6"}[cc]
        length = {"963": 9, "93": 9, "964": 10, "92": 10, "90": 10, "98": 10, "212": 9}[cc]
        return cc, lead + "".join(r.choice("0123456789") for _ in range(length - 1))

    def plate(self, country: str) -> tuple[str, str, str, str]:
        r = self.rng
        if country == "RO":
            county = r.choice(RO_COUNTIES)
            digits = (
                f"{r.randint(1, 999):03d}"
                if county == "B" and r.random() < 0.5
                else f"{r.randint(1, 99):02d}"
            )
            return "RO", county, digits, "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        if country == "BG":
            return (
                "BG",
                r.choice(BG_REGIONS),
                f"{r.randint(0, 9999):04d}",
                "".join(r.choice("АВЕКМНОРСТУХ") for _ in range(2)),
            )
        return (
            "TR",
            f"{r.randint(1, 81):02d}",
            f"{r.randint(100, 9999)}",
            "".join(r.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(r.randint(1, 3))),
        )

    def doc(self, nationality: str) -> str:
        r = self.rng
        if nationality == "RO":
            if r.random() < 0.65:
                return (
                    r.choice(["RX", "RT", "RK", "XB", "KZ", "IZ", "TZ", "SV", "DX", "GL", "CT"])
                    + f"{r.randint(0, 999999):06d}"
                )
            return f"05{r.randint(0, 9999999):07d}"
        if nationality == "BG":
            return f"{r.choice(['64', '65', '38', '37'])}{r.randint(0, 9999999):07d}"
        prefix, ndig = TCN_PASSPORT.get(nationality, ("X", 8))
        return prefix + "".join(r.choice("0123456789") for _ in range(ndig))

    def assign_ids(self, p: Person) -> None:
        r = self.rng
        if p.kind == "RO" and p.birth:
            p.national_id = self.unique(lambda: cnp(p.birth, p.sex, r))
        elif p.kind == "BG" and p.birth:
            p.national_id = self.unique(lambda: egn(p.birth, p.sex, r))
        elif p.kind == "TCN" and r.random() < 0.20:
            p.national_id = self.unique(lambda: lnch(r))
        ndocs = 1 if r.random() < 0.7 else 2
        p.docs = [self.doc(p.nationality) for _ in range(ndocs)]
        home = {"RO": "RO", "BG": "BG"}.get(p.kind, p.nationality)
        if p.kind != "TCN":
            if r.random() < 0.45:
                p.phones.append(self.phone(home if r.random() < 0.9 else ("BG" if home == "RO" else "RO")))
                if r.random() < 0.12:
                    p.phones.append(self.phone(home))
            if r.random() < 0.22:
                pc = home if r.random() < 0.9 else ("BG" if home == "RO" else "RO")
                p.plates.append(self.plate(pc))
        elif r.random() < 0.35:
            p.phones.append(self.phone(weighted(r, [(p.nationality, 0.6), ("BG", 0.25), ("RO", 0.15)])))
        if p.kind == "TCN" and p.nationality == "TR" and r.random() < 0.2:
            p.plates.append(self.plate("TR"))

    # -- Bulgarians ------------------------------------------------------------------------
    @staticmethod
    def patronymic(father: str, female: bool) -> str:
        if father in BG_PATRONYMIC_OVERRIDES:
            base = BG_PATRONYMIC_OVERRIDES[father]
        elif father.endswith("ър"):
            base = father[:-2] + "ров"
        elif father.endswith("ия"):
            base = father[:-2] + "иев"
        elif father.endswith("й"):
            base = father[:-1] + "ев"
        elif father.endswith("и"):
            base = father + "ев"
        elif father[-1] in "оа":
            base = father[:-1] + "ов"
        else:
            base = father + "ов"
        return base + "а" if female else base

    @staticmethod
    def bg_female_family(family: str) -> str:
        if family.endswith("ски"):
            return family[:-1] + "а"
        return family + "а"

    def bg_person(
        self, sex: str, family: str, father_given: str | None, birth: dt.date, given: str | None = None
    ) -> Person:
        if given is None:
            given = self.bg_male(self.rng) if sex == "M" else self.bg_female(self.rng)
        if father_given is None:
            father_given = self.bg_male(self.rng)
        fam = family if sex == "M" else self.bg_female_family(family)
        p = Person(
            self.new_pid(), "BG", "BG", sex, given, fam, self.patronymic(father_given, sex == "F"), birth
        )
        self.assign_ids(p)
        return p

    def bg_family_unit(self) -> list[Person]:
        r = self.rng
        family = self.bg_family(r)
        father_birth = self.birth(38, 72)
        father = self.bg_person("M", family, None, father_birth)
        people = [father]
        if r.random() < 0.8:
            wife = self.bg_person(
                "F",
                family,
                None,
                self.birth(max(18, 2024 - father_birth.year - 8), 2024 - father_birth.year + 3),
            )
            self.share(father, wife)
            people.append(wife)
        kids: list[Person] = []
        for _ in range(weighted(r, [(0, 0.15), (1, 0.35), (2, 0.35), (3, 0.15)])):
            age = r.randint(14, max(15, 2024 - father_birth.year - 22))
            kids.append(self.bg_person(r.choice("MF"), family, father.given, self.birth(age, age)))
        if kids and r.random() < 0.10:
            kids.append(self.twin(kids[0], family, father.given))
        for k in kids:
            if r.random() < 0.3:
                self.share(father, k, car=False)
        people += kids
        if r.random() < 0.25:
            age = r.randint(16, 45)
            people.append(self.bg_person("M", family, None, self.birth(age, age)))  # cousin
        return people

    def twin(self, sibling: Person, family: str, father_given: str) -> Person:
        r = self.rng
        sex = sibling.sex if r.random() < 0.6 else ("F" if sibling.sex == "M" else "M")
        given = None
        pairs = BG_SIMILAR if sibling.kind == "BG" else RO_SIMILAR
        if r.random() < 0.4:
            for a, b in pairs:
                if sibling.given in (a, b):
                    given = b if sibling.given == a else a
                    break
        if sibling.kind == "BG":
            if given is not None:
                sex = "F" if given.endswith("а") or given.endswith("я") else "M"
            return self.bg_person(sex, family, father_given, sibling.birth, given)
        if given is not None:
            sex = "F" if given.endswith("a") else "M"
        return self.ro_person(sex, family, sibling.birth, given)

    # -- Romanians -------------------------------------------------------------------------
    def ro_person(self, sex: str, family: str, birth: dt.date, given: str | None = None) -> Person:
        r = self.rng
        pick = self.ro_male if sex == "M" else self.ro_female
        if given is None:
            given = pick(r)
        middle = None
        if r.random() < 0.22 and "-" not in given:
            second = pick(r)
            if second != given:
                if sex == "F" and r.random() < 0.4:
                    given = f"{given}-{second}"
                else:
                    middle = second
        p = Person(self.new_pid(), "RO", "RO", sex, given, family, middle, birth)
        self.assign_ids(p)
        return p

    def ro_family_unit(self) -> list[Person]:
        r = self.rng
        family = self.ro_family(r)
        father_birth = self.birth(38, 72)
        father = self.ro_person("M", family, father_birth)
        people = [father]
        if r.random() < 0.8:
            wf = family
            if r.random() < 0.12:
                other = self.ro_family(r)
                if other != family:
                    wf = f"{family}-{other}" if r.random() < 0.5 else f"{other}-{family}"
            wife = self.ro_person(
                "F", wf, self.birth(max(18, 2024 - father_birth.year - 8), 2024 - father_birth.year + 3)
            )
            self.share(father, wife)
            people.append(wife)
        kids: list[Person] = []
        for _ in range(weighted(r, [(0, 0.15), (1, 0.35), (2, 0.35), (3, 0.15)])):
            age = r.randint(14, max(15, 2024 - father_birth.year - 22))
            sex = r.choice("MF")
            junior = father.given if sex == "M" and r.random() < 0.15 else None
            kids.append(self.ro_person(sex, family, self.birth(age, age), junior))
        if kids and r.random() < 0.10:
            kids.append(self.twin(kids[0], family, ""))
        for k in kids:
            if r.random() < 0.3:
                self.share(father, k, car=False)
        people += kids
        if r.random() < 0.2:
            age = r.randint(16, 45)
            people.append(self.ro_person(r.choice("MF"), family, self.birth(age, age)))  # cousin
        return people

    # -- Third-country nationals -----------------------------------------------------------
    def tcn_person(
        self, nat: str, sex: str, birth: dt.date | None, family: NameForms | None, father: NameForms | None
    ) -> Person:
        r = self.rng
        male, female, fam = self.tcn[nat]
        given = (male if sex == "M" else female)(r)
        if family is None and not (nat == "AF" and r.random() < 0.25):
            family = fam(r)
        if father is None:
            father = male(r)
        p = Person(self.new_pid(), "TCN", nat, sex, given, family, father, birth)
        p.declared_jan1 = r.random() < (0.05 if nat == "TR" else 0.15)
        for slot, forms in (("g", given), ("f", family), ("m", father)):
            if isinstance(forms, NameForms):
                n = len(forms.latin)
                p.spelling[slot] = 0 if r.random() < 0.55 or n == 1 else r.randrange(n)
        self.assign_ids(p)
        return p

    def tcn_group(self, size: int | None = None) -> list[Person]:
        r = self.rng
        nat = weighted(r, self.tcn_pick)
        male, _female, fam = self.tcn[nat]
        size = size or weighted(
            r, [(2, 0.2), (3, 0.2), (4, 0.15), (5, 0.12), (6, 0.1), (8, 0.1), (10, 0.08), (1, 0.05)]
        )
        people: list[Person] = []
        while len(people) < size:
            roll = r.random()
            if roll < 0.25 and size - len(people) >= 3:  # family: father, mother, child(ren)
                family = fam(r)
                fb = self.birth(28, 55)
                father = self.tcn_person(nat, "M", fb, family, None)
                mother = self.tcn_person(nat, "F", self.birth(22, 50), family, None)
                self.share(father, mother)
                people += [father, mother]
                for _ in range(r.randint(1, 2)):
                    people.append(
                        self.tcn_person(nat, r.choice("MF"), self.birth(2, 17), family, father.given)
                    )
            elif roll < 0.40 and size - len(people) >= 2:  # brothers
                family = fam(r)
                dad = male(r)
                b1 = self.tcn_person(nat, "M", self.birth(16, 40), family, dad)
                b2 = self.tcn_person(nat, "M", self.birth(16, 40), family, dad)
                if r.random() < 0.5:
                    self.share(b1, b2, car=False)
                people += [b1, b2]
            else:
                people.append(
                    self.tcn_person(
                        nat,
                        weighted(r, [("M", 0.8), ("F", 0.2)]),
                        self.birth(*weighted(r, [((16, 25), 0.45), ((26, 40), 0.45), ((41, 60), 0.1)])),
                        None,
                        None,
                    )
                )
        if size > 1:
            group_phone = self.phone(weighted(r, [("BG", 0.4), ("RO", 0.2), (nat, 0.4)]))
            vehicle = self.plate(weighted(r, [("BG", 0.55), ("RO", 0.35), ("TR", 0.1)]))
            for p in people:
                if r.random() < 0.35:
                    p.phones.append(group_phone)
                if r.random() < 0.3:
                    p.plates.append(vehicle)
        return people

    # -- other units -----------------------------------------------------------------------
    def namesakes(self) -> list[Person]:
        r = self.rng
        kind = weighted(r, [("BG", 0.45), ("RO", 0.35), ("TCN", 0.2)])
        n = r.choice([2, 2, 3])
        year_birth = self.adult_birth()
        people = []
        if kind == "BG":
            given, family = self.bg_male(r), self.bg_family(r)
            for _ in range(n):
                b = (
                    self.birth(2024 - year_birth.year, 2024 - year_birth.year)
                    if r.random() < 0.4
                    else self.adult_birth()
                )
                people.append(self.bg_person("M", family, None, b, given))
        elif kind == "RO":
            given, family = self.ro_male(r), self.ro_family(r)
            for _ in range(n):
                b = (
                    self.birth(2024 - year_birth.year, 2024 - year_birth.year)
                    if r.random() < 0.4
                    else self.adult_birth()
                )
                people.append(self.ro_person("M", family, b, given))
        else:
            nat = weighted(r, self.tcn_pick)
            male, _f, fam = self.tcn[nat]
            g, f = male(r), fam(r)
            for _ in range(n):
                p = self.tcn_person(nat, "M", self.adult_birth(), f, None)
                p.given = g
                p.spelling["g"] = 0 if r.random() < 0.55 else r.randrange(len(g.latin))
                people.append(p)
        return people

    def smuggling_cell(self) -> list[Person]:
        r = self.rng
        people = []
        for _ in range(r.randint(2, 5)):
            kind = weighted(r, [("BG", 0.5), ("RO", 0.3), ("TR", 0.2)])
            b = self.birth(20, 55)
            if kind == "BG":
                people.append(self.bg_person("M", self.bg_family(r), None, b))
            elif kind == "RO":
                people.append(self.ro_person("M", self.ro_family(r), b))
            else:
                people.append(self.tcn_person("TR", "M", b, None, None))
        phones = [self.phone(weighted(r, [("BG", 0.6), ("RO", 0.4)])) for _ in range(r.randint(1, 2))]
        cars = [self.plate(weighted(r, [("BG", 0.6), ("RO", 0.4)])) for _ in range(r.randint(1, 2))]
        for p in people:
            for ph in phones:
                if r.random() < 0.5:
                    p.phones.append(ph)
            for car in cars:
                if r.random() < 0.45:
                    p.plates.append(car)
        return people

    def share(self, a: Person, b: Person, car: bool = True) -> None:
        r = self.rng
        if a.phones and r.random() < 0.4:
            b.phones.insert(0, a.phones[0])
        if car and a.plates and r.random() < 0.6:
            b.plates.insert(0, a.plates[0])

    def unit(self) -> list[Person]:
        r = self.rng
        kind = weighted(
            r,
            [
                ("bg_family", 0.22),
                ("ro_family", 0.20),
                ("bg_single", 0.16),
                ("ro_single", 0.14),
                ("namesakes", 0.04),
                ("tcn_group", 0.13),
                ("tcn_single", 0.07),
                ("cell", 0.04),
            ],
        )
        if kind == "bg_family":
            return self.bg_family_unit()
        if kind == "ro_family":
            return self.ro_family_unit()
        if kind == "bg_single":
            return [self.bg_person(r.choice("MMF"), self.bg_family(r), None, self.adult_birth())]
        if kind == "ro_single":
            return [self.ro_person(r.choice("MMF"), self.ro_family(r), self.adult_birth())]
        if kind == "namesakes":
            return self.namesakes()
        if kind == "tcn_group":
            return self.tcn_group()
        if kind == "tcn_single":
            return self.tcn_group(1)
        return self.smuggling_cell()


# ---------------------------------------------------------------------------------------------
# Rendering a record
# ---------------------------------------------------------------------------------------------

RECORDS_PER_PERSON = [
    (1, 0.45),
    (2, 0.22),
    (3, 0.12),
    (4, 0.08),
    (5, 0.05),
    (6, 0.035),
    (7, 0.02),
    (8, 0.012),
    (10, 0.008),
]
_KEYS = "qwertyuiopasdfghjklzxcvbnm"
_CYR = "абвгдежзийклмнопрстуфхцчшщъьюя"
_OCR = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "I",
    "l": "1",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    "Z": "2",
    "2": "Z",
    "G": "6",
    "o": "0",
    "s": "5",
}


# Calibration knobs (see the module docstring).
# Share of a person's BG records whose names are written in Cyrillic, by kind of person.
P_CYRILLIC = {"BG": 0.80, "RO": 0.15, "TCN": 0.25}
# Given and family names swapped.
P_SWAP = {"BG": 0.015, "RO": 0.015, "TCN": 0.03}
P_NO_BIRTH_DATE = {"EU": 0.06, "TCN": 0.15}


class Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # -- noise -----------------------------------------------------------------------------
    def typo(self, s: str) -> str:
        r = self.rng
        if len(s) < 3:
            return s
        i = r.randrange(1, len(s))
        op = r.random()
        if op < 0.4:
            ch = s[i]
            if not ch.isalpha():
                return s
            pool = _CYR if "\u0400" <= ch.lower() <= "\u04ff" else _KEYS
            rep = r.choice(pool)
            return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1 :]
        if op < 0.65:
            return s[:i] + s[i + 1 :]
        if op < 0.85:
            return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :] if i > 0 else s
        return s[:i] + s[i] + s[i:]

    def ocr(self, s: str) -> str:
        r = self.rng
        if "rn" in s and r.random() < 0.3:
            return s.replace("rn", "m", 1)
        if "m" in s and r.random() < 0.2:
            return s.replace("m", "rn", 1)
        idx = [i for i, ch in enumerate(s) if ch in _OCR]
        if not idx:
            return s
        i = r.choice(idx)
        return s[:i] + _OCR[s[i]] + s[i + 1 :]

    def noisy_name(self, s: str) -> str:
        r = self.rng
        if not s:
            return s
        x = r.random()
        if x < 0.025:
            return self.typo(s)
        if x < 0.031:
            return self.ocr(s)
        if x < 0.036:
            return s.upper()
        return s

    def noisy_digits(self, s: str, p: float) -> str:
        r = self.rng
        if not s or r.random() >= p:
            return s
        i = r.randrange(len(s))
        x = r.random()
        if x < 0.55:
            return s[:i] + r.choice([d for d in "0123456789" if d != s[i]]) + s[i + 1 :]
        if x < 0.9 and i + 1 < len(s) and s[i] != s[i + 1]:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s[:i] + s[i + 1 :]

    # -- fields ----------------------------------------------------------------------------
    def tcn_name(self, p: Person, slot: str, forms: NameForms, cyr: bool) -> str:
        r = self.rng
        if cyr:
            return forms.cyrillic[0] if r.random() < 0.6 else r.choice(forms.cyrillic)
        idx = p.spelling.get(slot, 0) if r.random() < 0.65 else r.randrange(len(forms.latin))
        name = forms.latin[idx]
        if p.nationality == "TR" and r.random() < 0.55:
            name = name.translate(_TR_STRIP)
        if name.startswith(("Al-", "El-")) and r.random() < 0.4:
            art, rest = name[:2], name[3:]
            name = weighted(
                r,
                [
                    (f"{art} {rest}", 0.35),
                    (f"{art}{rest.lower()}", 0.25),
                    (f"{'El' if art == 'Al' else 'Al'}-{rest}", 0.15),
                    (rest, 0.25),
                ],
            )
        return name

    def names(self, p: Person, source: str) -> tuple[str, str, str]:
        r = self.rng
        given, middle, family = "", "", ""
        if p.kind == "BG":
            cyr = source == "BG" and r.random() < P_CYRILLIC["BG"]
            scheme = "" if cyr else ("official" if source == "BG" else weighted(r, BG_SCHEME_WEIGHTS))

            def conv(s: str) -> str:
                return s if cyr else bg_to_latin(s, scheme)

            given, family = conv(p.given), conv(p.family)
            keep = 0.85 if source == "BG" else 0.55
            x = r.random()
            if x < keep:
                middle = conv(p.middle)
            elif source == "RO" and x < keep + 0.08:
                family = f"{conv(p.middle)} {family}"
        elif p.kind == "RO":
            g, m, f = p.given, p.middle or "", p.family
            if m:
                x = r.random()
                if x < 0.45:
                    g, m = f"{g} {m}", ""
                elif x < 0.65:
                    m = ""
            if source == "BG" and r.random() < P_CYRILLIC["RO"]:
                given, middle, family = (ro_to_cyr(v) if v else "" for v in (g, m, f))
            else:
                style = weighted(
                    r,
                    [("comma", 0.5), ("cedilla", 0.15), ("plain", 0.35)]
                    if source == "RO"
                    else [("comma", 0.12), ("cedilla", 0.06), ("plain", 0.82)],
                )
                if style == "cedilla":
                    given, middle, family = (v.translate(_CEDILLA) for v in (g, m, f))
                elif style == "plain":
                    given, middle, family = (v.translate(_STRIP) for v in (g, m, f))
                else:
                    given, middle, family = g, m, f
        else:
            cyr = source == "BG" and r.random() < P_CYRILLIC["TCN"]
            given = self.tcn_name(p, "g", p.given, cyr)
            father = self.tcn_name(p, "m", p.middle, cyr) if isinstance(p.middle, NameForms) else ""
            if isinstance(p.family, NameForms):
                family = self.tcn_name(p, "f", p.family, cyr)
                if r.random() < 0.25:
                    middle = father
            elif r.random() < 0.5:
                family = father
            if " " in given and r.random() < 0.3:  # "Abdul Rahman" split over given/middle
                given, middle = given.split(" ", 1)
        swap = P_SWAP[p.kind]
        if r.random() < swap:
            given, family = family, given
        if r.random() < 0.004:
            given = ""
        if r.random() < 0.004:
            family = ""
        return self.noisy_name(given), self.noisy_name(middle), self.noisy_name(family)

    def birth_date(self, p: Person) -> str:
        r = self.rng
        if p.birth is None:
            return ""
        if p.kind == "TCN":
            if r.random() < P_NO_BIRTH_DATE["TCN"]:
                return ""
            b = p.birth
            if p.declared_jan1:
                year = b.year + (
                    weighted(r, [(-1, 0.5), (1, 0.3), (-2, 0.1), (2, 0.1)]) if r.random() < 0.08 else 0
                )
                b = dt.date(year, 1, 1)
        else:
            if r.random() < P_NO_BIRTH_DATE["EU"]:
                return ""
            b = p.birth
        if r.random() < 0.02:
            x = r.random()
            if x < 0.4 and b.day <= 12 and b.day != b.month:
                b = dt.date(b.year, b.day, b.month)
            elif x < 0.7:
                b = (
                    b.replace(year=b.year + r.choice([-1, 1, -10, 10]))
                    if not (b.month == 2 and b.day == 29)
                    else b
                )
            else:
                day = b.day + r.choice([-1, 1, 10, -10])
                if 1 <= day <= 28:
                    b = b.replace(day=day)
        return b.isoformat()

    def national_id(self, p: Person, source: str) -> str:
        r = self.rng
        if not p.national_id:
            return ""
        home = "RO" if p.kind == "RO" else "BG"
        p_show = (0.85 if source == home else 0.5) if p.kind != "TCN" else (0.7 if source == "BG" else 0.1)
        if r.random() >= p_show:
            return ""
        return self.noisy_digits(p.national_id, 0.03)

    def document(self, p: Person) -> str:
        r = self.rng
        if r.random() >= (0.55 if p.kind == "TCN" else 0.3):
            return ""
        d = p.docs[0] if len(p.docs) == 1 or r.random() < 0.6 else p.docs[1]
        x = r.random()
        if x < 0.04:
            d = self.ocr(d)
        elif x < 0.06:
            d = self.noisy_digits(d, 1.0)
        y = r.random()
        if y < 0.08:
            d = d.lower()
        elif y < 0.16:
            k = next((i for i, ch in enumerate(d) if ch.isdigit()), 0)
            d = f"{d[:k]} {d[k:]}" if k else f"{d[:3]} {d[3:6]} {d[6:]}"
        return d

    def phone(self, p: Person, source: str) -> str:
        r = self.rng
        if not p.phones or r.random() >= 0.45:
            return ""
        cc, nsn = p.phones[0] if len(p.phones) == 1 or r.random() < 0.65 else r.choice(p.phones[1:])
        nsn = self.noisy_digits(nsn, 0.015)
        domestic = (cc == "40" and source == "RO") or (cc == "359" and source == "BG")
        if cc == "40":
            g = f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
            styles = [
                (f"+40 {g}", 2),
                (f"+40{nsn}", 2),
                (f"0040{nsn}", 1),
                (f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", 1),
                (f"0{nsn}", 4 if domestic else 1),
                (f"(+40) {g.replace(' ', '.')}", 0.5),
                (f"0{g}", 2 if domestic else 0.3),
                (f"40{nsn}", 0.5),
            ]
        elif cc == "359":
            styles = [
                (f"+359 {nsn[:2]} {nsn[2:5]} {nsn[5:]}", 1.5),
                (f"+359{nsn}", 2),
                (f"00359{nsn}", 1),
                (f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", 3 if domestic else 0.5),
                (f"0{nsn}", 4 if domestic else 1),
                (f"0{nsn[:3]}/{nsn[3:]}", 0.5),
                (f"00359 {nsn}", 0.5),
                (f"359{nsn}", 0.5),
            ]
        else:
            styles = [
                (f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", 2),
                (f"+{cc}{nsn}", 3),
                (f"00{cc}{nsn}", 2),
                (f"{cc}{nsn}", 1),
                (f"00{cc} {nsn}", 0.5),
                (f"0{nsn}", 0.5),
            ]
        return weighted(r, styles)

    def plate(self, p: Person, source: str) -> str:
        r = self.rng
        if not p.plates or r.random() >= 0.45:
            return ""
        country, region, digits, letters = (
            p.plates[0] if len(p.plates) == 1 or r.random() < 0.7 else r.choice(p.plates[1:])
        )
        sep = weighted(r, [(" ", 0.45), ("", 0.35), ("-", 0.2)])
        s = sep.join((region, digits, letters))
        if country == "BG":
            latin = r.random() < (0.25 if source == "BG" else 0.9)
            s = s.translate(_TO_LOOKALIKE) if latin else s.translate(_TO_CYR_LOOKALIKE)
        if r.random() < 0.02:
            s = self.typo(s)
        if r.random() < 0.04:
            s = s.lower()
        return s

    def render(self, p: Person, source: str) -> list[str]:
        r = self.rng
        given, middle, family = self.names(p, source)
        sex = p.sex if r.random() < 0.9 else ""
        if sex and r.random() < 0.005:
            sex = "M" if sex == "F" else "F"
        nat = ""
        if r.random() < (0.92 if p.kind != "TCN" else 0.82):
            nat = p.nationality
            if p.kind == "TCN" and r.random() < 0.03:
                nat = NATIONALITY_CONFUSION[nat]
        return [
            source,
            given,
            middle,
            family,
            self.birth_date(p),
            sex,
            self.national_id(p, source),
            self.document(p),
            nat,
            self.phone(p, source),
            self.plate(p, source),
        ]


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------


def generate(n: int, out_csv: str, truth_csv: str, seed: int) -> dict[str, int]:
    """Write n records and their truth; returns a few counts for the log."""
    rng = random.Random(seed)
    world = World(rng)
    renderer = Renderer(random.Random(seed * 7919 + 1))
    shuffle_rng = random.Random(seed * 104729 + 3)
    n_buckets = max(1, n // 40_000)
    out_dir = os.path.dirname(os.path.abspath(out_csv))
    written = 0
    persons = 0
    cross = 0
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".indep-") as tmp:
        buckets = [
            open(os.path.join(tmp, f"b{i}.csv"), "w", encoding="utf-8", newline="")  # noqa: SIM115
            for i in range(n_buckets)
        ]
        writers = [csv.writer(b, lineterminator="\n") for b in buckets]
        try:
            while written < n:
                for p in world.unit():
                    if written >= n:
                        break
                    k = min(weighted(rng, RECORDS_PER_PERSON), n - written)
                    home = {"RO": "RO", "BG": "BG"}.get(p.kind)
                    p_home = 0.62 if home else 0.5
                    sources = set()
                    for _ in range(k):
                        if home:
                            src = home if rng.random() < p_home else ("BG" if home == "RO" else "RO")
                        else:
                            src = "BG" if rng.random() < p_home else "RO"
                        sources.add(src)
                        writers[shuffle_rng.randrange(n_buckets)].writerow([p.pid, *renderer.render(p, src)])
                    written += k
                    persons += 1
                    cross += len(sources) == 2
        finally:
            for b in buckets:
                b.close()
        rid = 0
        with (
            open(out_csv, "w", encoding="utf-8", newline="") as out,
            open(truth_csv, "w", encoding="utf-8", newline="") as truth,
        ):
            ow = csv.writer(out, lineterminator="\n")
            tw = csv.writer(truth, lineterminator="\n")
            ow.writerow(HEADER)
            tw.writerow(["record_id", "person_id"])
            for i in range(n_buckets):
                with open(os.path.join(tmp, f"b{i}.csv"), encoding="utf-8", newline="") as fh:
                    rows = list(csv.reader(fh))
                shuffle_rng.shuffle(rows)
                for row in rows:
                    rid += 1
                    record_id = f"R{rid:08d}"
                    ow.writerow([record_id, *row[1:]])
                    tw.writerow([record_id, row[0]])
    return {"records": written, "persons": persons, "persons_in_both_sources": cross}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of records")
    ap.add_argument("out", help="output CSV")
    ap.add_argument("--truth", required=True, help="truth CSV (record_id,person_id)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    stats = generate(args.n, args.out, args.truth, args.seed)
    print(f"{stats} in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
