"""Independent synthetic RO–BG person records for the record-linkage benchmark (generator "F").

Usage: python benchmarks/linkage/generate_f.py N OUT.csv --truth TRUTH.csv --seed S

Writes N records (header record_id,source,given_name,middle_name,family_name,birth_date,sex,
national_id,document_number,nationality,phone,vehicle_plate) and TRUTH.csv (record_id,person_id).
Rows are shuffled and numbered after shuffling; the output is a pure function of (N, seed).
Written without looking at the engine under test. 1,000,000 records: about 30 s and 0.6 GB.

Population (scales with N: about 0.44 persons per record, so ten times the records gives ten
times the persons and denser namesakes). Persons come in units:
  * 78 % households of ordinary citizens (RO or BG, half each; tourists at the Black Sea and ski
    resorts, drivers in border traffic incidents, people in ordinary police files). Half of the
    households add 1-3 relatives: sibling 35 %, spouse 25 %, son 32 % (same given name as his
    father in half of the cases), twin 8 % (same birth date). Relatives share the household
    phone (55 %) and the family car (50 %); siblings share the patronymic (BG).
  * 10 % migrant groups crossing BG-TR and then BG-RO: 40 % lone travellers, otherwise 2-8
    persons of one nationality (85 %): SY 26, AF 26, IQ 12, PK 11, MA 10, IR 8, TR 7 (weights).
    Half of the groups come with their driver, whose car plate appears on half of the members'
    records; a third of the members carry the group's contact phone; 12 % are brothers.
    A third declare a 1 January birth date (30 % of them the same year as the group).
  * 12 % drivers and organisers (BG 32, RO 30, TR 18, MD 11, UA 9); 20 % come with a partner
    sharing a phone or a car.
  Persons: ~73 % ordinary, ~18 % migrants, ~10 % drivers; 7 % of Bulgarians are Bulgarian Turks.
  Records per person: ordinary 1-15 (57 % one record, mean 2.0), migrants 1-12 (42 % one, mean
  2.5), drivers 1-12 (mean 4.0). Overall ~51 % of persons have one record and ~21 % of persons
  (44 % of those with several records) appear in both the RO and the BG system. Home system:
  citizens their own country; migrants BG 62 % / RO 38 %; TR drivers BG 70 %.

Names. Pools of hundreds of names per culture (BG Cyrillic, RO, MD, TR, Arabic Levant/Iraq,
Maghreb, Persian/Pashto, Urdu, Ukrainian), Zipf-weighted so Иван Иванов, Ion Popescu and
Mohammad Ahmadi are common; the tails of migrants' family-name pools are built from given
names (father's name as surname, Al-X, BenX, X-zai, X-zada). Spelling variation per record:
  * Bulgarians: Cyrillic in the BG system (93 %, patronymic present 85 %), otherwise the passport
    Latin (2009 official system with the word-final -ия -> -ia rule, or the pre-2009 French-like
    passport form: Hristo Jeliazkov); in the RO system the passport form (50 %) or else the
    officer's own: Romanian-style 45 % (Gheorghi, Jivkov, Țvetan, ă for ъ), BGN-like 17 % (Khristo
    Zheliazkov), old 17 %, French 10 % (Guéorgui -> Gueorgui, Tchavdar, Vassil), German 4 %
    (Schiwkow), official 7 %; -ov/-ev -> -off/-of/-ef 5 %; patronymic kept 28 % and put in the
    family-name field 12 % of those; female -ova/-eva written masculine 4 %; maiden name 15 %.
  * Romanians/Moldovans: RO system with comma-below diacritics 52 %, cedilla 16 %, none 28 %,
    no ș/ț only 4 %; BG system Cyrillic 33 % (Щефан Ницу, Мунтяну), plain Latin 47 %, Latin with
    diacritics 20 %. Double given names (22 %) written joined, hyphenated, split into middle name
    or truncated; father's initial ("I.") 6 %; married women with a maiden name, hyphenated 5 %.
  * Turks: Turkish letters kept or folded in RO; BG Cyrillic 60 % (Йълмаз), folded Latin 30 %.
  * Arabic/Persian/Urdu/Ukrainian names: a passport spelling per person used 70 %, otherwise
    another transliteration (Mohammad/Mohammed/Muhammad/Mohamed..., Hossein/Hussain, Youssef/
    Yusuf, Al-/El-/no article); BG officers write them in Cyrillic 78 % (Мохамад, Хусеин), 15 %
    of those collapsing double letters; father's name as middle name 30 %; 15 % of Afghans have
    no family name (left empty or filled with the father's name).
  * All: given/family swapped 2.5 % (migrants 7 %); typing error 2.5-3 % per name field (30 % of
    them OCR confusions such as rn/m, ш/щ); whole name upper case 14 % (RO) / 10 % (BG).
Identifiers (valid checksums; birth date and sex encoded; python-stdnum validates them):
  CNP for Romanians (and 40 % of Moldovans, foreign-resident 7/8 CNPs for some foreigners),
  EGN for Bulgarians, LNCh for 35 % of migrants and 25 % of foreign drivers. Present on 60 % of
  home-system records, 22 % otherwise (~50 % of records overall); 3.5 % mistyped (one digit
  wrong or two transposed). Birth dates missing 3 % (migrants 12 %), 4 % wrong (digit, day/month
  swap, year); declared dates vary by a year or two on 6 % of migrants' records. Sex missing 5 %.
  Nationality missing 8 %, declared differently 6 % of migrants' records (AF<->IR, SY<->IQ...).
  Documents: RO ID card "RX 123456", passports, BG 9-digit numbers, foreign passports; spacing,
  case and dropped leading zeros vary. Phones: mobile numbers of each country written as
  +40 7xx xxx xxx, 0040..., 07xx-xxx-xxx, 0888 123 456, +359 88 ..., dots or dashes; each person
  has a habitual form (used half of the time), otherwise the recording system's habits decide.
  Plates: RO "B 123 ABC"/"CJ12XYZ", BG "СА 1234 ВХ" in Cyrillic in BG files and "CA1234BX" in
  RO files (half-transliterated 10 %), Latin plates typed with Cyrillic look-alikes in BG 20 %,
  TR/MD/UA plates; spaces, dashes or none.

Calibration against benchmarks/linkage/plain_splink.py (raw columns, no normalisation),
scored with benchmarks/linkage/score.py, on this 2-core machine:

  seed  N          precision  recall  F1     cross-border recall  plain Splink wall time / peak RSS
  21    100,000    0.941      0.760   0.841  0.559                15 s / 0.6 GB
  22    100,000    0.936      0.765   0.842  0.555                17 s / 0.6 GB
  21    1,000,000  0.731      0.753   0.742  0.551                821 s (13.7 min) / 18.3 GB

  The 1,000,000-record file itself takes 29 s and 0.6 GB to generate. Precision falls with N
  because the namesakes in Splink's given+family EM block grow quadratically (true pairs are 75 %
  of that block at 100k, 25 % at 1M) and EM then learns a weak birth-date penalty.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import random
import sys
import unicodedata
from itertools import accumulate

# ----------------------------------------------------------------------------------------------
# Name pools. Each pool is ordered roughly by frequency (most common first); weights are Zipf-like.
# Variant groups ("a|b|c") list the spellings of one name, most usual first; "_" stands for a space.
# ----------------------------------------------------------------------------------------------

BG_MALE = """
Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Йордан Атанас Александър Стефан Ангел
Красимир Пламен Валентин Илия Емил Кирил Михаил Борис Любомир Цветан Марин Симеон Мартин Даниел Калин
Светослав Владимир Росен Румен Бойко Венцислав Огнян Методи Здравко Живко Желязко Трайчо Кольо Пенчо
Велко Веселин Христиан Станислав Радослав Богдан Благой Асен Драгомир Евгени Митко Павел Кристиян Виктор
Ивайло Милен Младен Милко Недялко Стойко Тихомир Захари Никола Спас Славчо Станимир Ясен Явор Янко
Добромир Делян Деян Данаил Чавдар Цонко Цвятко Филип Страхил Станко Сашо Рангел Райчо Радко Пейо Нено
Найден Момчил Мирослав Минчо Марко Лъчезар Крум Костадин Константин Камен Илиян Иво Ивелин Златко Запрян
Жельо Енчо Емануил Дончо Добри Динко Димо Дечо Гочо Горан Генади Галин Владислав Вълко Валери Бисер
Божидар Ботьо Благовест Бончо Антон Андрей Ангелин Алекси Анастас Велизар Венелин Гено Григор Денис
Добрин Дойчо Илко Йосиф Калоян Кръстьо Кузман Лазар Любен Матей Мирко Митьо Неделчо Орлин Панайот
Пантелей Първан Радомир Райко Ради Сава Самуил Севдалин Серафим Симо Славко Стамен Танас Тончо Тошко
Трифон Цанко Цветко Щерьо Юлиан Велин Гергин Кунчо Лилян Милчо Петко Пеньо Стайко Стефко Тодорин
"""
BG_FEMALE = """
Мария Иванка Елена Йорданка Пенка Маргарита Виолета Лиляна Цветанка Радка Надежда Николина Росица Стефка
Даниела Снежана Катя Галина Веселина Валентина Татяна Антоанета Милена Петя Анна Христина Десислава
Гергана Теодора Виктория Александра Габриела Симона Михаела Никол Йоана Ивана Кристина Станка Златка
Донка Гинка Величка Райна Василка Ганка Пламена Силвия Светла Светлана Красимира Мариана Марияна Диана
Юлия Ирина Ива Ели Емилия Цветелина Надя Нели Нина Паулина Полина Радостина Ралица Румяна Слава Соня
Стела Стоянка Сабина Таня Теменуга Тодорка Цонка Яна Янка Ясмина Анелия Ангелина Ани Борислава Боряна
Бояна Валя Ваня Венета Вера Весела Галя Генка Гергина Дарина Деница Добринка Доротея Дора Евгения
Екатерина Елица Елка Живка Жана Зорница Зоя Иглика Илияна Калина Камелия Капка Кремена Лили Лора Любка
Магдалена Марина Марийка Мила Милка Невена Нешка Олга Павлина Параскева Петранка Пепа Ружа Севда
Сийка Сияна Славка Тинка Цанка Яница Виара Гълъбина Дончева Еленка Златина Кина Мирослава Недялка Пенелопа
"""
BG_FAMILY = """
Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев Атанасов Петков Ангелов
Колев Йорданов Маринов Стефанов Попов Михайлов Кръстев Костов Димов Павлов Александров Марков Генчев
Митев Спасов Янев Симеонов Цветков Тончев Великов Станев Миланов Славов Радев Киров Лазаров Кирилов
Ненов Недялков Паунов Пенчев Пенев Рашков Желязков Жеков Зафиров Илков Калчев Каменов Караиванов
Кацаров Керемидчиев Ковачев Куртев Лалов Любенов Манолов Марчев Матеев Минчев Митов Младенов Мутафчиев
Найденов Неделчев Нешев Ничев Новаков Панайотов Пантелеев Панчев Парушев Пашов Пеев Пейчев Първанов
Радков Райков Русев Савов Сарафов Славчев Стаматов Станчев Стойков Стойчев Табаков Тасев Терзиев Томов
Топалов Трайков Трифонов Узунов Филипов Христозов Цанков Цонев Чакъров Чолаков Шишков Щерев Юруков
Янков Бакалов Бакърджиев Балабанов Банков Белчев Берберов Благоев Бонев Борисов Ботев Бояджиев
Бъчваров Вълчев Вълков Ганев Гаврилов Гецов Гичев Гочев Грозев Гълъбов Гюров Даскалов Делчев Денев
Джамбазов Дончев Драганов Дяков Евтимов Енчев Жечев Живков Загорски Захариев Здравков Златев Йотов
Калинов Камбуров Карагьозов Кехайов Колчев Константинов Кочев Кунчев Лазов Личев Лозанов Малинов Манев
Маджаров Мечкаров Милев Милушев Мирчев Михов Мишев Москов Начев Никифоров Обретенов Огнянов Орешков
Паскалев Пелов Перев Пунчев Радославов Радулов Райчев Ранчев Рачев Ризов Ралчев Русинов Семерджиев
Сотиров Станков Стамболийски Тахов Тошев Тренчев Хаджиев Хаджийски Цанев Цеков Чернев Чобанов Шопов
Янакиев Янчев Гешев Радойнов Шумков Кавалджиев Дамянов Денчев Добрев Стамов Бачев Кънчев Късев Мутев
Велчев Велев Вълканов Груев Гърков Гунчев Еленков Златанов Ковачки Кондов Коцев Кунев Лилов Мавров
Мечев Михнев Моллов Мирков Неделков Николаев Ончев Пейков Петрунов Попчев Радичев Рангелов Сапунджиев
Сърбинов Тенев Трендафилов Чанев Андреев Андонов Ананиев Арнаудов Асенов Байчев Божков Бозуков Бочев
Вапцаров Веселинов Владимиров Вутов Гаджев Гарев Господинов Гюзелев Дечев Динев Добрин Дойчинов Драгиев
Дюлгеров Ефремов Златков Игнатов Илчев Йончев Калудов Караджов Качаров Кожухаров Костадинов Куманов
Лечев Манчев Марев Мирчевски Мирославов Митков Мишков Мицов Найчев Нанев Нейков Никлев Пандев Пенков
Петранов Пехливанов Пиперов Пламенов Пощаков Пуцов Радушев Рачевски Русков Сапунов Симов Славков Събев
Тодоровски Тонев Тошков Тунев Филев Христев Цачев Цвятков Чавдаров Чапанов Чешмеджиев Шарков Шейтанов
"""
BGT_MALE = "Ахмед Мехмед Али Хасан Юсеин Исмаил Мустафа Осман Ибрахим Сали Халил Севгин Ердинч Неджми Мюмюн Шукри Бейхан Джевдет Сезгин Реджеб Ерхан Айдън Кемал Фикрет Бейтула Бахри Гюнай Дениз Енвер Ерол Исмет Кадир Мурад Назиф Неджати Нури Орхан Расим Рамадан Салих Сюлейман Тахир Февзи Хюсеин Шабан Юмер Ибрям Яшар Ферад Хамди Акиф Алпер Бирол Вели Гюрсел Джемал Ешреф Илхан Кенан Метин Мюмин Невзат Нихат Ремзи Сабри Сейфи Сунай Тунчер Фахри Хайри Шенол"
BGT_FEMALE = "Айше Фатме Емине Хатидже Севгюл Гюлтен Мелек Неджибе Айсел Зюхре Севим Гюлай Сезен Нурие Фериде Шенай Айгюл Бахрие Гюлсер Гюлсюм Дженан Ембие Зейнеп Исмигюл Кадрие Мюмюне Нермин Пакизе Сабрие Селвие Фикрие Хава Шефика Айлин Бедрие Гюлнар Джейлян Елиф Зехра Лейля Мелиха Назмие Нуртен Реджибе Сание Тюркян Фюсун Хюлия Шюкрие"
BGT_FAMILY = "Юсеинов Мехмедов Ахмедов Алиев Хасанов Исмаилов Мустафов Османов Ибрямов Салиев Халилов Шакиров Реджебов Мюмюнов Юмеров Кадиров Сюлейманов Емурлов Хюсеинов Бекиров"

RO_MALE = """
Ion Gheorghe Vasile Constantin Alexandru Andrei Mihai Nicolae Ștefan Florin Marian Daniel Adrian Cristian
Ionuț Gabriel Dumitru Mihail Valentin Bogdan Cătălin Marius Costel Petru Ioan Radu Sorin Dan Iulian Lucian
Răzvan Alin Liviu Claudiu Cosmin Ovidiu Viorel Paul Victor Emil Dragoș Sebastian Marin Eugen Laurențiu
Silviu Cornel Octavian Nicușor Tudor Vlad Darius David Matei Luca Rareș Eduard Robert George Ciprian Sergiu
Aurel Aurelian Vasilică Doru Dorel Dorin Dorian Emanuel Fănel Florian Grigore Horia Iacob Ilie Iosif
Laurian Lică Marcel Marcu Mircea Mugurel Nelu Neculai Octav Petrică Remus Romeo Romulus Sandu Sabin Sever
Silvian Simion Stelian Teodor Tiberiu Titus Toma Traian Valeriu Vlăduț Zaharia Virgil Cezar Codruț Costin
Cristinel Decebal Dinu Dragomir Emilian Fabian Felix Flavius Gelu Ghiță Gigel Ilarion Iustin Lazăr Leonard
Mădălin Mitică Narcis Nichita Pavel Relu Rică Sorinel Spiridon Ștefănel Tănase Timotei Vladimir Zamfir
Antonio Aristide Beniamin Costică Denis Eusebiu Gavril Ionel Iancu Ionică Nicu Petrișor Samuel Săndel Titel
Albert Alexe Anghel Anton Bebe Călin Ciprian Costache Dănuț Dumitrel Emilian Fănică Gheorghiță Ghiorghe
"""
RO_FEMALE = """
Maria Elena Ioana Ana Mihaela Andreea Cristina Daniela Alexandra Gabriela Georgiana Ionela Florentina Mariana
Gheorghița Nicoleta Adriana Alina Elisabeta Valentina Roxana Simona Ramona Irina Larisa Raluca Diana Oana
Claudia Denisa Bianca Alexia Antonia Sofia Ecaterina Vasilica Constanța Aurelia Angela Anca Camelia Carmen
Corina Delia Doina Dorina Emilia Floarea Ileana Iuliana Laura Lavinia Lenuța Liliana Loredana Luminița
Mădălina Marcela Margareta Marilena Melania Mirela Monica Natalia Paula Petronela Rodica Sabina Silvia
Sorina Ștefania Tatiana Teodora Valeria Veronica Viorica Violeta Zoița Anișoara Aneta Cătălina Cornelia
Dana Dumitra Eugenia Felicia Flavia Georgeta Geanina Gina Iulia Lăcrămioara Lucia Luiza Magdalena Maricica
Marinela Miruna Nadia Olimpia Otilia Patricia Rebeca Ruxandra Smaranda Steliana Tudora Valerica Victoria
Virginia Xenia Zamfira Amalia Ariana Bogdana Casandra Crina Emanuela Eva Francesca Ilinca Ingrid Izabela
Mara Medeea Rozalia Stanca Sânziana Tania Vanesa Alesia Aura Cosmina Daria Elvira Fănica Ilona Jeni Lidia
"""
RO_FAMILY = """
Popa Pop Popescu Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Mihai Constantin Munteanu
Florea Dinu Lupu Moldovan Marin Tudor Diaconu Ene Cristea Nistor Tănase Dobre Barbu Vasile Ilie Lazăr Toma
Anghel Oprea Dragomir Neagu Cojocaru Andrei Sandu Dumitrescu Stănescu Manole Zamfir Nedelcu Iordache Voicu
Surdu Bălan Ion Badea Avram Ursu Preda Nedelea Enache Ardeleanu Mocanu Mureșan Sârbu Cozma Constantinescu
Georgescu Marinescu Moraru Ispas Negru Roman Costea Coman Niculescu Mitrea Căpraru Dobrin Militaru Gavrilă
Neacșu Grigore Pîrvu Sima Chiriac Ciocan Crăciun Drăgan Dragomirescu Filip Gheorghiu Grosu Iancu Ivan
Lungu Mazilu Mihăilescu Mircea Năstase Nica Oancea Olteanu Păun Pavel Petrescu Pîslaru Popovici Pușcașu
Rădulescu Răducanu Rotaru Sava Șerban Simion Stanciu Stoian Suciu Talpă Tănăsescu Tomescu Ungureanu Vlad
Vlădescu Voinea Zaharia Albu Alexe Anton Apostol Ardelean Bucur Buzatu Cazacu Cernat Chirilă Ciobotaru
Cîrstea Cristescu Croitoru Dan David Dima Dobrescu Done Dragnea Dumitrache Farcaș Fieraru Florescu Ganea
Ghiță Goia Grigoraș Iliescu Ionașcu Iordan Irimia Lăzărescu Luca Lupașcu Manea Marcu Mateescu Mihalache
Miron Moise Mustață Neagoe Nechita Niță Nițu Olaru Onu Paraschiv Pană Pascu Pătrașcu Pintea Pițu Pleșca
Postolache Prodan Rădoi Roșu Sălăjan Scarlat Spătaru Stamate Stănciulescu Stroe Tătaru Teodorescu Tiron
Toader Trandafir Tudose Țurcanu Ursache Vasilescu Vintilă Zamfirescu Zăvoianu Bogdan Bratu Cârstea Catană
Ciucă Comănescu Condrea Corbu Costache Dascălu Dinescu Dumitriu Epure Fătu Frunză Gologan Hagi Ichim Ignat
Jitaru Leca Lixandru Mărgărit Mitu Nan Neculae Oprișan Paraschivescu Pârvulescu Petcu Stancu Ștefan
Ștefănescu Țăranu Udrea Vâlcu Vișan Zaharescu Anghelescu Bădescu Bălănescu Bărbulescu Bejan Boboc Botezatu
Brânzei Burlacu Căldăraru Cățeanu Cercel Chelaru Ciocârlan Cocoș Cornea Covaci Dincă Drăghici Duță Floroiu
Găină Geambașu Gherghe Grecu Hârțescu Iacob Iorga Jianu Lascu Lupea Marcovici Mănăilă Micu Mocioi Moldoveanu
Munteanu Mușat Nae Niculae Nistorescu Oltean Panait Pârvan Pătru Pena Pîrlea Răileanu Rizea Sârbulescu Stanca
"""
MD_MALE = """
Ion Vasile Nicolae Andrei Sergiu Serghei Alexandru Vladimir Igor Vitalie Victor Dumitru Mihail Ghenadie
Valeriu Oleg Vadim Eugeniu Iurie Petru Pavel Anatolie Veaceslav Gheorghe Maxim Radu Dorin Denis Constantin
Artur Stanislav Ruslan Valentin Nicolai Boris Grigore Roman Octavian Marin Cristian Ilie Adrian Dan Tudor
Vasilii Valeri Alexei Dmitrii Iacob Emil Eugen Corneliu Mihai Liviu Nicu Sandu Trofim Tudor Vlad
"""
MD_FEMALE = """
Maria Elena Ana Natalia Tatiana Olga Svetlana Irina Valentina Galina Ludmila Lilia Nadejda Angela Ecaterina
Cristina Victoria Veronica Aliona Mariana Lidia Diana Doina Daniela Larisa Raisa Ina Silvia Zinaida Eugenia
Nina Tamara Alexandra Corina Oxana Iulia Liliana Rodica Vera Viorica
"""
MD_FAMILY = """
Rusu Ceban Cebotari Ciobanu Lungu Munteanu Rotari Cojocaru Botnari Țurcanu Sârbu Moraru Popa Bivol Guțu
Cazacu Roșca Gumeniuc Morari Ursu Mereuță Bejenari Melnic Croitor Rotaru Pascari Zaharia Railean Josan
Bogdan Grosu Balan Nistor Casian Bodrug Cazac Grigoraș Racu Pleșca Țurcan Oprea Gavriliță Popescu Vieru
Ababii Scutaru Burlacu Donțu Lupașcu Stratan Sandu Tabuncic Codreanu Chiriac Rusnac Cibotari Prodan Ostapenco
Cucu Ciorba Postică Pînzari Lazăr Moldovan Coșciug Roman Spînu Dodon Usatîi Vrabie Plămădeală Anghel
"""
TR_MALE = """
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah
Mahmut Salih Kemal Recep Fatih Emre Burak Serkan Hakan Kadir Metin Orhan Yaşar Erkan Sinan Cem Cengiz Volkan
Uğur Onur Tolga Tuncay Şahin Serdar Levent Kenan Gökhan Sercan Okan Barış Tarık Bülent Ercan Ferhat Yunus
Kerem Harun Selim Cemal Adem Erdal Erol Selçuk Sedat İlhan Ayhan Bayram Zafer Nihat Necati Veysel Musa İsa
Bilal Emin Faruk Tayfun Nuri Halit Eyüp Doğan Engin Güven Hamza Kaan Hikmet Nevzat Rıza Şükrü Turgut Ufuk
Yavuz Zeki Cihan Coşkun Devrim Ercüment Fikret Gürkan İlker Koray Mert Oğuz Taner Ümit Yiğit
"""
TR_FEMALE = """
Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Yasemin Esra Hülya Derya
Gül Büşra Songül Aysel Dilek Sevgi Leyla Melek Nur Ebru Gülsüm Kübra Tuğba Sibel Canan Seda Sevim Nurcan
Gamze Filiz Hacer Pınar Şule
"""
TR_FAMILY = """
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç
Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt
Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Çiftçi Aydoğan
Demirci Karakaya Uçar Sönmez Tunç Akın Er Kurtuluş Duman Özgür Bayram Altun Erdem Temiz Ekinci Coşkun Oral
Başaran Tuncer Akgül Karaca Bilgin Kahraman Durmaz Uysal Türk Çınar Ay Önal Kalkan Gündoğdu Akbulut Dağ
Eren Soylu Güven Akdeniz Toprak Kılınç Özkaya Kurtoğlu Albayrak Karataş Sezer Aydemir Yurt Uzun Alkan
Demirtaş Kaçar Bakır Akbaş Tatlı Yazıcı Gök Çoban Oruç Bektaş Cengiz Ekici Gürbüz Karabulut Orhan Savaş
"""
AR_MALE = """
Mohammad|Mohammed|Muhammad|Mohamad|Mohamed|Muhammed|Mouhammad Ahmad|Ahmed|Achmad Ali|Aly Omar|Umar|Omer
Khaled|Khalid|Khaleed|Halid Hassan|Hasan|Hassen Hussein|Husein|Hussain|Housein Mahmoud|Mahmud|Mahmood
Mustafa|Mustapha|Mostafa|Moustafa Abdullah|Abdallah|Abdulla|Abdellah Ibrahim|Ebrahim|Ibraheem|Brahim
Yousef|Youssef|Yusuf|Yousif|Yosef Abdulrahman|Abdul_Rahman|Abdelrahman|Abdurrahman Abdulaziz|Abdul_Aziz|Abdelaziz
Hamza|Hamzah|Hamze Anas|Annas Bilal|Belal Samer|Sameer|Samir Tariq|Tarek|Tarik|Tareq Walid|Waleed|Oualid
Yasser|Yaser|Yassir Ammar|Amar|Amer Rami|Ramy Fadi|Fady Firas|Feras Jamal|Gamal|Djamal Kareem|Karim|Karem
Majid|Majed|Maged Nasser|Naser|Nasir Osama|Usama|Oussama|Ousama Saeed|Said|Saed|Sayed Salah|Salaheddine
Sami|Samy Wael|Wail Ziad|Zyad|Ziyad Hadi|Hady Haitham|Haytham|Heitham Jihad|Jehad Moataz|Mutaz|Moutaz
Qasim|Kassem|Qassem|Kasim Rashid|Rachid|Rasheed Adnan|Adnane Abdulkarim|Abdul_Karim|Abdelkarim
Ayman|Aiman|Eyman Bashar|Bachar Hisham|Hicham|Hesham Issa|Isa|Eissa Mazen|Mazin Nabil|Nabeel
Radwan|Rudwan|Redouane Suleiman|Sulaiman|Soliman|Sleiman Yahya|Yehia|Yahia Zakaria|Zakariya|Zakariyya
Abbas|Abas Ghassan|Gassan Louay|Luay|Loai Mohannad|Muhannad|Mohanad Mohsen|Muhsin|Mohsin Nour|Nur|Noor
Obada|Ubada|Obadah Qais|Kais|Qays Abdulhadi|Abdul_Hadi Abdulqader|Abdulkader|Abdel_Kader Adel|Adil Akram
Alaa|Ala|Alaa_Eddin Amjad Anwar|Anouar Aref|Arif Asaad|Assad|Asad Ayham Baraa|Bara Basel|Basil|Bassel
Diaa|Dia Emad|Imad Fares|Faris Fawaz|Fawwaz Hani|Hany Hazem|Hazim Hamid|Hamed Hussam|Houssam Ihab|Iehab
Jaber|Jabir Jalal|Djalal Kamal|Kemal Khalil|Khaleel Loay Luqman|Lukman Maher|Mahir Mansour|Mansur
Marwan|Merwan Moaz|Muaz Mohammad_Ali|Mohammed_Ali Muneer|Munir|Mounir Murad|Mourad Nidal|Nedal
Omar_Farouk Qusai|Qusay|Kusai Raed|Raid Rabee|Rabie|Rabih Saif|Seif|Sayf Shadi|Chadi Talal Taha
Tamer|Tamir Yazan Zaid|Zayd|Zeid Zuhair|Zouhair|Zuheir Abdulsalam|Abdul_Salam Ahmad_Ali Hammoud|Hamoud
"""
AR_FEMALE = """
Fatima|Fatma|Fatimah|Fadma Aisha|Aicha|Ayesha|Aysha Maryam|Mariam|Meryem|Miriam Zainab|Zeinab|Zaynab
Nour|Noor|Nur Huda|Houda|Hoda Amina|Ameena|Aminah Rania|Ranya Rasha|Racha Sara|Sarah Layla|Leila|Laila
Hanan|Hanane Khadija|Khadidja|Khadeeja Salma|Selma Yasmin|Yasmine|Jasmin Lina|Leena Reem|Rima|Rim
Dima|Deema Ghada Heba|Hiba Nada Asmaa|Asma Samira|Sameera Souad|Suad Wafaa|Wafa Zahraa|Zahra Iman|Eman
Rawan Raghad Bayan Shahd Aya|Aya Ola|Oula Manal Hala Rouba|Ruba Mona|Muna Nisreen|Nesrine
"""
AR_FAMILY = """
Al-Ahmad Al-Hassan Al-Ali Al-Mohammad Al-Hussein Al-Khalil Al-Omar Al-Abdullah Al-Ibrahim Haddad Khalil
Hamdan Saleh Darwish Hamoud Mansour Nasser Youssef Ismail Suleiman Othman Al-Shami Al-Halabi Al-Hamwi
Al-Homsi Al-Khatib Al-Masri Kurdi Al-Jabouri Al-Obaidi Al-Dulaimi Al-Tamimi Al-Zubaidi Al-Saadi Al-Rubaie
Al-Shammari Al-Janabi Al-Azzawi Al-Kubaisi Al-Anbari Al-Hashimi Al-Bayati Al-Maliki Al-Taie Hassoun Jaber
Khoury Najjar Sabbagh Qassab Halabi Attar Hallak Bitar Dabbagh Kayyali Zaza Sheikh Al-Sheikh Hamwi Idlibi
Raslan Shaaban Barakat Hijazi Fakhoury Aboud Hamid Ramadan Issa Mahmoud Mustafa Hussein Abbas Khaled Salem
Ali Hasan Omar Kassem Awad Zidan Taha Yassin Shehadeh Asaad Habib Sweid Alloush Diab Ghanem Hammoud Karim
Kanaan Matar Nassar Qadri Rahal Saad Safi Shaker Tahan Wehbe Zein Al-Hammoud Al-Jasem Al-Saleh Al-Mahmoud
Al-Hamad Al-Issa Al-Khaled Al-Najjar Al-Rashid Al-Awad Al-Hajji Al-Zoubi Al-Hariri Al-Masalmeh Al-Qassem
Abdo Akkad Atassi Baghdadi Daher Dakhil Fares Ghazal Haj Hamadeh Hasoun Jumaa Kadour Khatib Kurdieh Mardini
Mousa Naddaf Obeid Qudsi Rifai Sabri Sayegh Shami Shihab Souleiman Tarabishi Yaziji Zakour Ajaj Bakri
Al-Dahhan Al-Faraj Al-Hamdan Al-Jarrah Al-Kurdi Al-Muhammad Al-Nasser Al-Sabbagh Al-Shaikh Al-Yousef
"""
MA_MALE = """
Mohamed|Mohammed|Mouhamed|Muhammad Ahmed|Ahmad Youssef|Yousef|Youssouf Said|Saïd|Saaid Rachid|Rashid
Abdelkader|Abdelqader|Abdul_Kader Abdellah|Abdallah|Abdullah Hamid|Hamed Mustapha|Mustafa|Moustapha
Hicham|Hisham Karim|Kareem Khalid|Khaled Mehdi|Mahdi Omar|Oumar Othmane|Otman|Othman Ayoub|Ayub|Ayyoub
Hassan|Hasan Adil|Adel Anouar|Anwar Brahim|Ibrahim Driss|Idriss|Idris Hamza Ilyas|Ilias|Elias Jamal|Djamal
Mourad|Murad Nabil Noureddine|Nour_Eddine|Nureddin Rida|Reda|Ridha Samir Soufiane|Sofiane|Sufyan
Tarik|Tariq|Tarek Yassine|Yasin|Yassin Zakaria|Zakariae Abderrahim|Abdelrahim Abdelali Aziz Bilal
Fouad|Fuad Hakim Lahcen|Lahsen Mbarek|Mubarak Mounir|Munir Redouane|Radwan Taoufik|Tawfiq|Toufik
Younes|Yunus|Younis Abdelilah Amine|Amin Aymane|Ayman Badr|Badreddine Hassane Ismail|Smail Jawad|Javad
Khalil Marouane|Marwan Mehdi Nassim|Nasim Oussama|Usama Saad Salaheddine Walid|Oualid Zouhair|Zuhair
"""
MA_FEMALE = """
Fatima|Fatiha Khadija|Khadidja Naima|Naïma Malika Samira Rachida|Rashida Amina Hafsa Imane|Iman
Loubna|Lubna Meryem|Mariam Salma Siham Zineb|Zainab Houda|Huda Nadia Soukaina|Sukayna Wafae|Wafaa
Hanane|Hanan Karima
"""
MA_FAMILY = """
El_Amrani Benali Bennani Alaoui El_Idrissi Tazi Berrada Chraibi El_Fassi Benjelloun Bouzid Ouali Hamdaoui
El_Mansouri Bakkali Belhaj Benmoussa Boukhari Chakir Daoudi El_Khattabi El_Yousfi Essaidi Hajji Haddad
Jabri Kabbaj Lahlou Lamrani Naciri Ouazzani Rachidi Saidi Sebti Slaoui Tahiri Zerouali Ziani Amrani
Azzouzi Benkirane Bouazza Chaoui El_Alami El_Hachimi El_Ouardi Kettani Laaroussi Mabrouk Moussaoui Ouahbi
Rifi Sabri Talbi Zaidi Ait_Ali Bouchta El_Bakkali Ennaji Harrak Idrissi Jaafari Lakhal Mansouri Nadir
Qadiri Sadiki Yacoubi Zahraoui Achour Belkadi Boujemaa Cherkaoui El_Ghazi El_Kadiri Fikri Hamidi Khalfi
Mahboub Najib Oufkir Rahmouni Skalli Touhami Yousfi Zemmouri Aouad Bensaid Bouhaddou Chahid Dahbi El_Harti
"""
FA_MALE = """
Mohammad|Mohammed|Muhammad|Mohamad Ahmad|Ahmed Ali Reza|Rezza|Rida Hossein|Hussain|Hosein|Husain
Mehdi|Mahdi Hamid|Hameed Abdul Mostafa|Mustafa Naser|Nasser|Nasir Javad|Jawad Morteza|Murtaza
Hassan|Hasan Amir Saeed|Said|Sayed Farhad Omid|Umid|Omeed Ebrahim|Ibrahim Esmail|Ismail|Ismael
Jafar|Jaafar|Djafar Karim|Kareem Mahmoud|Mahmood|Mahmud Masoud|Masood|Massoud Nasrullah|Nasrollah|Nasratullah
Zabihullah|Zabiullah|Zabihollah Rahmatullah|Rahmatollah Hekmatullah|Hikmatullah Sayed|Sayyed|Seyed
Abdul_Rahman|Abdulrahman|Abdurrahman Abdullah|Abdollah Bashir|Basir|Bachir Ghulam|Gholam|Golam
Habib|Habibullah Jawid|Javid|Javed Khalil|Kalil Mansour|Mansoor|Mansur Mirwais|Mir_Wais|Mirways
Mujtaba|Mojtaba Naveed|Navid|Nawid Noor|Nur|Nour Obaidullah|Ubaidullah|Obaidollah Qadir|Kadir|Ghader
Rashid|Rasheed Rohullah|Ruhullah|Rouhollah Sadiq|Sadegh|Sadeq Samiullah|Sami_Ullah Shafiq|Shafeeq
Sher|Shir Sohrab Tariq|Tareq Wahid|Vahid Yasin|Yaseen|Yassin Zaher|Zahir Ehsan|Ihsan|Ahsan Fawad|Fuad|Foad
Idris|Edris Jamshid|Jamsheed Kamran Majid|Madjid Parviz|Parwiz|Perviz Qasem|Ghasem|Qasim Shahram
Siavash|Siavosh Behrouz|Behruz Arash Babak Dariush|Daryoush Milad Pouya|Puya Saman Alireza|Ali_Reza
Mohammadreza|Mohammad_Reza Gul|Gol Asadullah|Asadollah Azizullah|Azizollah Fazal|Fazl|Fazel
Najib|Najeeb|Nadjib Wali|Vali Zalmai|Zalmay Ajmal Akbar Aziz Baryalai Fardin Hashmat Jalil Latif|Lateef
Nabi Qais|Qays Rafiq|Rafi Shoaib|Shuaib Tamim Abdul_Ghafar|Abdulghafar Abdul_Wahid|Abdulwahid Ahmad_Shah
Bilal Daud|Dawood|Davood Ezatullah|Ezzatollah Farid|Fareed Hamidullah Hayatullah Ismatullah Jalal
Khan_Mohammad Lutfullah Mohammad_Nabi Mohibullah Nasim|Naseem Nematullah|Nematollah Qudratullah
Sharif|Sharef Sultan Wahidullah Yaqub|Yaghoub|Yakub Zia|Ziaullah Amanullah Ataullah Fazlullah Inayatullah
"""
FA_FEMALE = """
Fatemeh|Fatima|Fateme Zahra|Zahraa Maryam|Mariam Masoumeh|Masuma|Masooma Zeinab|Zainab Roya
Sakina|Sakineh Shakila Parisa Nargis|Narges Farzana Somayeh|Somaye Mahsa Leila|Laila|Layla Nazanin Sima
Golnaz|Gulnaz Nilofar|Nilufar|Niloufar Shabnam Fereshteh|Freshta|Fereshta Marzieh|Marzia Hamida Halima
"""
FA_FAMILY = """
Ahmadi Mohammadi Hosseini|Husseini|Hussaini Rahimi Karimi Rezaei|Rezai|Rezaie Jafari|Jaafari Hashemi|Hashimi
Mousavi|Musavi|Moosavi Sadeghi|Sadiqi Moradi Kazemi|Kazimi Ebrahimi|Ibrahimi Ghasemi|Qasemi|Qasimi Rahmani
Azizi Amiri Habibi Hakimi Noori|Nouri|Nuri Safi Sultani|Soltani Stanekzai Popal Popalzai Durrani Barakzai
Achakzai Mohmand Wardak Waziri Khan Zadran Ahmadzai Yousufzai|Yusufzai Niazi Shinwari Mangal Kakar Tokhi
Hotak Alizai Noorzai|Nurzai Ishaqzai Sahak Amin Faizi Habibzada Haidari|Heidari|Haydari Jalali Kohistani
Nazari Nasiri Omari Panjshiri Qaderi|Ghaderi Rasuli|Rasouli Samadi Sharifi Tajik Yaqubi|Yaghoubi|Yakubi
Zamani Zahedi Akbari Alavi Asadi Bahrami Davoodi|Davudi Esmaeili|Ismaili Farahani Ghorbani|Qurbani Hamidi
Jamali Kamali Khodadadi Mahmoudi|Mahmudi Mirzaei|Mirzai Najafi Omidi Rostami Tavakoli Yazdani Zarei|Zare
Abbasi Fazli Hassani|Hasani Mansouri|Mansuri Sediqi|Siddiqi Wahidi Faqiri Hamdard Karimzada Mohammadzai
Naseri Saberi Taheri Yousefi|Yusufi Amini Bakhshi Dawari Ehsani Frotan Ghafoori|Ghafuri Hazara Jawadi
Khaliqi Langari Muradi Nabizada Qaderi Rahimzada Sarwari Sultanzada Wafa Yari Zaki Arefi Baheer Daneshyar
Ghaznawi Haqqani Jahid Karwan Latifi Mehrzad Nawabi Osmani Paiman Rafiqi Sadat Tahiri Waisi Zarifi
"""
PK_MALE = """
Muhammad|Mohammad|Mohammed|Mohd Ali Ahmed|Ahmad Hassan|Hasan Usman|Osman|Othman Bilal Imran Kashif
Asif|Aasif Zeeshan|Zishan Faisal|Faysal Adnan Waqas|Waqqas Umar|Omar Hamza Abdullah Shahid Tariq|Tarik
Naveed|Navid Sajid Khalid Arshad Irfan Nadeem|Nadim Javed|Javaid|Jawed Rizwan|Rizvan Shahzad Amir|Aamir|Aamer
Atif Farhan Fahad|Fahd Haris|Harris Junaid Kamran Mohsin|Muhsin Noman|Nouman Qaiser|Kaiser|Qaisar
Rashid|Rasheed Sohail|Suhail Tahir|Taher Wasim|Waseem Yasir|Yasser Zahid|Zaheed Zubair|Zubayr Asad
Ijaz|Ejaz Shoaib Saqib|Saquib Azhar Babar Danish Ehsan|Ihsan Iqbal Jahangir Mudassar|Mudassir Mubashir
Naeem|Naim Rehan|Rehaan Sarfraz|Sarfaraz Shakeel|Shakil Tanveer|Tanvir Zafar|Zaffar Ghulam Ishfaq
Luqman|Lukman Mazhar Nasir|Naseer Raza Saleem|Salim Shafiq Tauseef|Tausif Waheed|Wahid Yousaf|Yousuf|Yusuf
Abid Adeel|Adil Akhtar Anees|Anis Arif Bashir Fayyaz|Fayaz Ghazanfar Habib Imtiaz Kaleem|Kalim
Liaqat|Liaquat Majid Nisar Pervez|Parvez Qasim Rafaqat Sabir Shabbir Touqeer|Tauqir Usama|Osama Zulfiqar
"""
PK_FEMALE = """
Ayesha|Aisha Fatima Sana Hina Saima Nadia Rabia Zainab Amna Maryam Sadia Bushra Asma Nazia Shazia Uzma Iqra
Mehwish Samina Farah
"""
PK_FAMILY = """
Khan Ahmed|Ahmad Ali Hussain|Hussein|Husain Shah Butt Malik Iqbal Akhtar Raza Mahmood|Mehmood|Mahmud
Qureshi|Kureshi Chaudhry|Chaudhary|Choudhry|Chaudhri Rana Javed Aslam Anwar Aziz Bashir Hameed Hanif Hassan
Haider|Hyder|Haidar Ismail Jamil Latif Majeed|Majid Mirza Mughal Nawaz Rafiq|Rafique Rehman|Rahman Riaz
Saeed Sajjad Shafiq Sharif Siddiqui|Siddiqi Tariq Yousaf Zaman Abbasi Afridi Awan Baig|Beg Bhatti Cheema
Dar Gill Gondal Jatoi Jutt|Jat Kiyani|Kayani Khokhar Lodhi|Lodi Niazi Qazi|Kazi Rajput Sheikh|Shaikh
Syed|Sayed|Sayyid Tarar Warraich Yousafzai Zaidi Ansari Arain Bajwa Chohan Gujjar Hashmi Kazmi Memon Naqvi
Rizvi Sial Soomro Sultan Tiwana Virk Abbas Akram Arshad Asghar Ashraf Ayub Farooq|Farooqi Ghani Habib
Hayat Ilyas Irfan Jameel Javaid Khalid Mahmud Maqsood Masood Mumtaz Nadeem Naseem Pervaiz Rasheed Sabir
Saleem Sarwar Shahzad Shakoor Tahir Usman Waheed Younas|Younis Zafar Zulfiqar
"""
UA_MALE = """
Oleksandr|Olexandr|Aleksandr|Alexander Serhii|Serhiy|Sergiy|Sergey Andrii|Andriy|Andrey Volodymyr|Vladimir
Dmytro|Dmitro|Dmitriy Mykola|Nikolay|Mikola Ivan Vasyl|Vasil|Vasiliy Yurii|Yuriy|Iurii Viktor|Victor
Oleh|Oleg Petro|Petr Mykhailo|Mikhail|Mykhaylo Bohdan|Bogdan Taras Roman Maksym|Maxim|Maksim
Vitalii|Vitaliy|Vitaly Ihor|Igor Anatolii|Anatoliy Yevhen|Evgeniy|Ievgen Artem|Artyom Denys|Denis Ruslan
Vadym|Vadim Pavlo|Pavel Valerii|Valeriy Stepan Hryhorii|Grigoriy Anton Kostiantyn|Konstantin|Kostyantyn
Yaroslav|Iaroslav Vladyslav|Vladislav Illia|Ilya|Illya Borys|Boris Fedir|Fedor Leonid Valentyn|Valentin
Arsen Nazar Volodymyr Yakiv|Yakov Zakhar|Zahar Kyrylo|Kirill Tymofii|Timofey Myroslav|Miroslav Orest
"""
UA_FEMALE = """
Olena|Elena Tetiana|Tatiana|Tetyana Nataliia|Natalia|Natalya Iryna|Irina Svitlana|Svetlana Oksana
Yuliia|Yulia|Iuliia Kateryna|Ekaterina|Katerina Mariia|Maria|Mariya Anna|Hanna|Ganna Liudmyla|Lyudmila
Viktoriia|Victoria|Viktoria Olha|Olga Halyna|Galina|Galyna Larysa|Larisa Nadiia|Nadia Inna Alina
Dariia|Daria|Darya Anastasiia|Anastasia
"""
UA_FAMILY = """
Melnyk|Melnik Shevchenko Kovalenko Bondarenko Boyko|Boiko Tkachenko Kravchenko Kovalchuk|Kowalchuk Koval
Oliynyk|Oliinyk|Oleynik Shevchuk Polishchuk|Polischuk Lysenko|Lisenko Rudenko Savchenko Petrenko Moroz
Marchenko Pavlenko Klymenko|Klimenko Tkachuk Levchenko Kharchenko|Harchenko Savchuk Kuzmenko Ponomarenko
Vasylenko|Vasilenko Karpenko Tymoshenko|Timoshenko Bilyk|Bilik Hnatiuk|Gnatyuk|Hnatyuk Kushnir Romanenko
Panchenko Yakovenko|Iakovenko Mazur Sydorenko|Sidorenko Kravets Ostapenko Zinchenko Fedorenko
Danylenko|Danilenko Nazarenko Kostenko Prykhodko|Prihodko Honcharenko|Goncharenko Tarasenko Kolesnyk|Kolesnik
Babenko Semenko Hrytsenko|Gritsenko Kyrylenko|Kirilenko Yurchenko|Iurchenko Kozak Lytvynenko|Litvinenko
Kravchuk Martyniuk|Martynyuk Hordiienko|Gordienko Ivanov Popov Petrov Zaitsev|Zaytsev Zhuk Chernenko
Shapoval Pylypenko|Pilipenko Mykhailenko|Mikhaylenko Hryshchenko|Grishchenko Antonenko Bilous Didenko
Hrytsiuk|Gritsyuk Ishchenko|Ishenko Kuchma Levytskyi|Levitsky Matviienko|Matvienko Nechyporuk|Nechiporuk
"""

# ----------------------------------------------------------------------------------------------
# Transliteration
# ----------------------------------------------------------------------------------------------

BG_OFFICIAL = dict(
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
        strict=True,
    )
)
BG_VOWELS = set("аеиоуъюяѝ")


def _bg_char(lo: str, prev: str, nxt: str, end: bool, style: str) -> str:
    """Latin for one lower-case Bulgarian letter under a transliteration style."""
    if style == "official":
        if lo == "я" and prev == "и" and end:
            return "a"
        return BG_OFFICIAL.get(lo, lo)
    if style == "old":  # pre-2009 passports, French-influenced: Hristo Jeliazkov
        m = {"ж": "j", "й": "i", "ю": "iu", "я": "ia", "ь": "", "х": "h"}
        if lo == "й" and end:
            return "y" if prev in "ао" else "i"
        return m.get(lo, BG_OFFICIAL.get(lo, lo))
    if style == "anglo":  # BGN/PCGN-like: Khristo Zheliazkov
        m = {"х": "kh", "ь": ""}
        if lo in "яю":
            base = "a" if lo == "я" else "u"
            return ("y" if (prev == "" or prev in BG_VOWELS) else "i") + base
        return m.get(lo, BG_OFFICIAL.get(lo, lo))
    if style == "romanian":
        if lo == "г" and nxt in "еи":
            return "gh"
        if lo == "к" and nxt in "еи":
            return "ch"
        if lo == "ч":
            return "c" if nxt in "еи" else "ci"
        m = {
            "ж": "j",
            "ш": "ș",
            "щ": "șt",
            "ц": "ț",
            "ъ": "ă",
            "й": "i",
            "я": "ia",
            "ю": "iu",
            "х": "h",
            "ь": "",
        }
        return m.get(lo, BG_OFFICIAL.get(lo, lo))
    if style == "french":
        if lo == "г" and nxt in "еи":
            return "gu"
        if lo == "с" and prev in BG_VOWELS and nxt in BG_VOWELS:
            return "ss"
        m = {
            "ж": "j",
            "ш": "ch",
            "щ": "cht",
            "ч": "tch",
            "у": "ou",
            "х": "kh",
            "й": "i",
            "я": "ia",
            "ю": "iou",
            "ь": "",
        }
        return m.get(lo, BG_OFFICIAL.get(lo, lo))
    if style == "german":
        if lo == "с" and prev in BG_VOWELS and nxt in BG_VOWELS:
            return "ss"
        m = {
            "в": "w",
            "ж": "sch",
            "ш": "sch",
            "щ": "scht",
            "ч": "tsch",
            "ц": "z",
            "й": "j",
            "я": "ja",
            "ю": "ju",
            "х": "ch",
            "з": "s",
            "ь": "",
        }
        return m.get(lo, BG_OFFICIAL.get(lo, lo))
    return BG_OFFICIAL.get(lo, lo)


def bg_to_latin(text: str, style: str) -> str:
    out = []
    for word in _split_words(text):
        if not word or not word[0].isalpha():
            out.append(word)
            continue
        lw = word.lower()
        n = len(lw)
        parts = []
        for i, lo in enumerate(lw):
            prev = lw[i - 1] if i else ""
            nxt = lw[i + 1] if i + 1 < n else ""
            parts.append(_bg_char(lo, prev, nxt, i == n - 1, style))
        s = "".join(parts)
        if style == "german":
            if s.endswith("ow") or s.endswith("ew"):
                pass
            elif s.endswith("ov") or s.endswith("ev"):
                s = s[:-1] + "w"
        out.append(s[:1].upper() + s[1:] if word[0].isupper() else s)
    return "".join(out)


def _split_words(text: str) -> list[str]:
    """Split keeping separators (space, hyphen) as their own items."""
    out: list[str] = []
    cur = ""
    for ch in text:
        if ch in " -.":
            if cur:
                out.append(cur)
            out.append(ch)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


RO_CYR_MULTI = [
    ("chi", "ки"),
    ("che", "ке"),
    ("ghi", "ги"),
    ("ghe", "ге"),
    ("cea", "ча"),
    ("cia", "ча"),
    ("cio", "чо"),
    ("ciu", "чу"),
    ("gea", "джа"),
    ("gia", "джа"),
    ("gio", "джо"),
    ("geo", "джо"),
    ("giu", "джу"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ea", "я"),
    ("ia", "ия"),
    ("iu", "ю"),
]
RO_CYR = dict(
    zip(
        "aăâbcdefghiîjklmnopqrsșştțţuvwxyz",
        [
            "а",
            "ъ",
            "ъ",
            "б",
            "к",
            "д",
            "е",
            "ф",
            "г",
            "х",
            "и",
            "ъ",
            "ж",
            "к",
            "л",
            "м",
            "н",
            "о",
            "п",
            "к",
            "р",
            "с",
            "ш",
            "ш",
            "т",
            "ц",
            "ц",
            "у",
            "в",
            "у",
            "кс",
            "й",
            "з",
        ],
        strict=True,
    )
)
TR_CYR = dict(
    zip(
        "abcçdefgğhıijklmnoöprsştuüvyzâî",
        [
            "а",
            "б",
            "дж",
            "ч",
            "д",
            "е",
            "ф",
            "г",
            "_",
            "х",
            "ъ",
            "и",
            "ж",
            "к",
            "л",
            "м",
            "н",
            "о",
            "ьо",
            "п",
            "р",
            "с",
            "ш",
            "т",
            "у",
            "ю",
            "в",
            "й",
            "з",
            "а",
            "и",
        ],
        strict=True,
    )
)
TR_CYR["ğ"] = ""
LAT_CYR_MULTI = [
    ("shch", "щ"),
    ("sch", "ш"),
    ("kh", "х"),
    ("zh", "ж"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("you", "ю"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "йо"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("gh", "г"),
    ("dj", "дж"),
    ("ph", "ф"),
    ("th", "т"),
    ("dh", "д"),
    ("ck", "к"),
]
LAT_CYR = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzäëïöüé",
        [
            "а",
            "б",
            "к",
            "д",
            "е",
            "ф",
            "г",
            "х",
            "и",
            "дж",
            "к",
            "л",
            "м",
            "н",
            "о",
            "п",
            "к",
            "р",
            "с",
            "т",
            "у",
            "в",
            "у",
            "кс",
            "и",
            "з",
            "а",
            "е",
            "и",
            "о",
            "ю",
            "е",
        ],
        strict=True,
    )
)
VOWELS_L = set("aeiouăâîy")


def ro_to_cyr(text: str) -> str:
    out = []
    for word in _split_words(text):
        if not word or not word[0].isalpha():
            out.append(word)
            continue
        w = word.lower()
        i, n, res = 0, len(w), []
        while i < n:
            if i == 0 and w.startswith("io"):
                res.append("йо")
                i += 2
                continue
            if i == 0 and w.startswith("iu"):
                res.append("ю")
                i += 2
                continue
            if w[i] == "i" and i > 0 and w[i - 1] in "aeouă" and (i + 1 == n or w[i + 1] not in VOWELS_L):
                res.append("й")
                i += 1
                continue
            for pat, rep in RO_CYR_MULTI:
                if w.startswith(pat, i):
                    res.append(rep)
                    i += len(pat)
                    break
            else:
                res.append(RO_CYR.get(w[i], w[i]))
                i += 1
        s = "".join(res)
        out.append(s[:1].upper() + s[1:])
    return "".join(out)


def tr_to_cyr(text: str) -> str:
    out = []
    for word in _split_words(text):
        if not word or not word[0].isalpha():
            out.append(word)
            continue
        w = word.replace("İ", "i").replace("I", "ı").lower()
        res = []
        for i, ch in enumerate(w):
            if ch == "ö" and i == 0:
                res.append("йо")
            elif ch == "ü" and i == 0:
                res.append("ю")
            else:
                res.append(TR_CYR.get(ch, ch))
        s = "".join(res)
        out.append(s[:1].upper() + s[1:])
    return "".join(out)


def lat_to_cyr(text: str, squeeze: bool) -> str:
    """Bulgarian officer's Cyrillic for a foreign name read from a Latin-script document."""
    out = []
    for word in _split_words(text):
        if not word or not word[0].isalpha():
            out.append(word)
            continue
        w = word.lower()
        i, n, res = 0, len(w), []
        while i < n:
            if squeeze and i + 1 < n and w[i] == w[i + 1] and w[i] not in "aeiou":
                i += 1
                continue
            for pat, rep in LAT_CYR_MULTI:
                if w.startswith(pat, i):
                    res.append(rep)
                    i += len(pat)
                    break
            else:
                ch = w[i]
                if ch == "y":
                    res.append("й" if (i == 0 or w[i - 1] in "aeiou") else "и")
                elif ch == "c" and i + 1 < n and w[i + 1] in "ei":
                    res.append("ц")
                elif ch != "'":
                    res.append(LAT_CYR.get(ch, ch))
                i += 1
        s = "".join(res)
        out.append(s[:1].upper() + s[1:])
    return "".join(out)


RO_STRIP = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢ", "aaissttAAISSTT")
RO_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
TR_FOLD = str.maketrans("ıİşŞçÇğĞöÖüÜâÂîÎ", "iIsScCgGoOuUaAiI")
LAT_FOLD = str.maketrans("äëïöüéÄËÏÖÜÉ", "aeioueAEIOUE")


def ro_encode(text: str, mode: str) -> str:
    if mode == "comma":
        return text
    if mode == "cedilla":
        return text.translate(RO_CEDILLA)
    if mode == "nosh":  # keyboard without ș/ț but with ă/â/î
        return text.replace("ș", "s").replace("ț", "t").replace("Ș", "S").replace("Ț", "T")
    return text.translate(RO_STRIP)


# ----------------------------------------------------------------------------------------------
# Helpers: pools, typos, identifiers, phones, plates, documents
# ----------------------------------------------------------------------------------------------


class Pool:
    """Zipf-weighted pool. Items are tuples of spellings (first = most usual)."""

    def __init__(
        self, text: str, offset: float = 4.0, s: float = 1.0, extra: list[tuple[str, ...]] | None = None
    ) -> None:
        seen: dict[str, tuple[str, ...]] = {}
        for tok in text.split():
            variants = tuple(v.replace("_", " ") for v in tok.split("|"))
            if variants[0] not in seen:
                seen[variants[0]] = variants
        for variants in extra or ():
            if variants[0] not in seen:
                seen[variants[0]] = variants
        self.items = list(seen.values())
        self.cum = list(accumulate(1.0 / (r + offset) ** s for r in range(len(self.items))))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> tuple[str, ...]:
        return self.items[bisect.bisect_left(self.cum, rng.random() * self.total)]


def pick_w(rng: random.Random, items: list, cum: list[float]):
    return items[bisect.bisect_left(cum, rng.random() * cum[-1])]


def cw(weights: list[float]) -> list[float]:
    return list(accumulate(weights))


def bg_female(fam: str) -> str:
    if fam.endswith(("ов", "ев", "ин")):
        return fam + "а"
    if fam.endswith("ски"):
        return fam[:-1] + "а"
    if fam.endswith("ки"):
        return fam[:-1] + "а"
    return fam


BG_PATR_EXC = {
    "Васил": "Василев",
    "Михаил": "Михайлов",
    "Павел": "Павлов",
    "Петър": "Петров",
    "Георги": "Георгиев",
    "Илия": "Илиев",
    "Кольо": "Колев",
    "Ангел": "Ангелов",
    "Кирил": "Кирилов",
    "Евгени": "Евгениев",
}


def bg_patronymic(father: str, sex: str) -> str:
    if father in BG_PATR_EXC:
        p = BG_PATR_EXC[father]
    elif father.endswith("ър"):
        p = father[:-2] + "р" + "ов"
    elif father.endswith("й"):
        p = father[:-1] + "ев"
    elif father.endswith("ьо"):
        p = father[:-2] + "ев"
    elif father.endswith(("о", "а", "е")):
        p = father[:-1] + "ов"
    elif father.endswith("и"):
        p = father + "ев"
    elif father.endswith("я"):
        p = father[:-1] + "ев"
    elif father[-1] in "жчшщц":
        p = father + "ев"
    else:
        p = father + "ов"
    return bg_female(p) if sex == "F" else p


KEY_NEIGH = {
    "a": "qwsz",
    "b": "vghn",
    "c": "xdfv",
    "d": "serfcx",
    "e": "wsdr",
    "f": "drtgvc",
    "g": "ftyhbv",
    "h": "gyujnb",
    "i": "ujko",
    "j": "huikmn",
    "k": "jiolm",
    "l": "kop",
    "m": "njk",
    "n": "bhjm",
    "o": "iklp",
    "p": "ol",
    "q": "wa",
    "r": "edft",
    "s": "awedxz",
    "t": "rfgy",
    "u": "yhji",
    "v": "cfgb",
    "w": "qase",
    "x": "zsdc",
    "y": "tghu",
    "z": "asx",
}
CYR_LETTERS = "абвгдежзийклмнопрстуфхцчшщъьюя"
OCR_SUBS = [
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("li", "h"),
    ("e", "c"),
    ("c", "e"),
    ("i", "l"),
    ("l", "i"),
    ("u", "v"),
    ("h", "b"),
    ("ш", "щ"),
    ("и", "й"),
    ("ъ", "ь"),
    ("н", "п"),
    ("в", "з"),
    ("о", "0"),
    ("O", "0"),
    ("S", "5"),
    ("B", "8"),
]


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    r = rng.random()
    ch = s[i]
    if r < 0.35:  # substitution with a neighbouring key
        lo = ch.lower()
        if lo in KEY_NEIGH:
            rep = rng.choice(KEY_NEIGH[lo])
        elif lo in CYR_LETTERS:
            j = CYR_LETTERS.index(lo)
            rep = CYR_LETTERS[max(0, min(len(CYR_LETTERS) - 1, j + rng.choice((-1, 1))))]
        else:
            return s
        if ch.isupper():
            rep = rep.upper()
        return s[:i] + rep + s[i + 1 :]
    if r < 0.6:  # deletion
        return s[:i] + s[i + 1 :]
    if r < 0.8:  # transposition
        if i + 1 < len(s):
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s[: i - 1] + s[i] + s[i - 1]
    return s[:i] + ch + s[i:]  # doubled letter


def ocr(rng: random.Random, s: str) -> str:
    cands = [(a, b) for a, b in OCR_SUBS if a in s]
    if not cands:
        return typo(rng, s)
    a, b = rng.choice(cands)
    k = s.find(a)
    return s[:k] + b + s[k + len(a) :]


CNP_W = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)
LNCH_W = (21, 19, 17, 13, 11, 9, 7, 3, 1)
CNP_COUNTIES = [f"{c:02d}" for c in range(1, 47)] + ["51", "52"]
CNP_COUNTY_CUM = cw(
    [
        (14 if c in ("40", "41", "42", "43", "44", "45", "46") else 1.0)
        * (4.0 if c in ("16", "13", "51", "52", "34", "28", "25") else 1.0)
        for c in CNP_COUNTIES
    ]
)


def make_cnp(rng: random.Random, y: int, m: int, d: int, sex: str, foreign: bool = False) -> str:
    if foreign:
        s = 7 if sex == "M" else 8
    elif y >= 2000:
        s = 5 if sex == "M" else 6
    else:
        s = 1 if sex == "M" else 2
    county = pick_w(rng, CNP_COUNTIES, CNP_COUNTY_CUM)
    body = f"{s}{y % 100:02d}{m:02d}{d:02d}{county}{rng.randrange(1, 1000):03d}"
    r = sum(int(a) * b for a, b in zip(body, CNP_W, strict=True)) % 11
    return body + ("1" if r == 10 else str(r))


def make_egn(rng: random.Random, y: int, m: int, d: int, sex: str) -> str:
    mm = m + 40 if y >= 2000 else m
    block = rng.randrange(0, 100) * 10 + rng.randrange(0, 5) * 2 + (1 if sex == "F" else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{block:03d}"
    r = sum(int(a) * b for a, b in zip(body, EGN_W, strict=True)) % 11
    return body + str(r % 10)


def make_lnch(rng: random.Random) -> str:
    body = str(rng.randrange(100000000, 1000000000))
    return body + str(sum(int(a) * b for a, b in zip(body, LNCH_W, strict=True)) % 10)


def mistype_digits(rng: random.Random, s: str) -> str:
    """One digit wrong (60 %) or two adjacent digits transposed (40 %)."""
    pos = [i for i, c in enumerate(s) if c.isdigit()]
    if len(pos) < 4:
        return s
    i = rng.choice(pos[:-1])
    j = i + 1
    if rng.random() < 0.6 or not s[j].isdigit() or s[i] == s[j]:
        return s[:i] + str((int(s[i]) + rng.randrange(1, 10)) % 10) + s[i + 1 :]
    return s[:i] + s[j] + s[i] + s[j + 1 :]


# Mobile numbers per country: (country code, generator of the national significant number)
PHONE_CC = {
    "RO": "40",
    "BG": "359",
    "TR": "90",
    "SY": "963",
    "AF": "93",
    "IQ": "964",
    "PK": "92",
    "IR": "98",
    "MA": "212",
    "MD": "373",
    "UA": "380",
}


def make_phone(rng: random.Random, country: str) -> tuple[str, str]:
    r = rng.randrange
    if country == "RO":
        nsn = "7" + rng.choice("2234456789") + f"{r(0, 10_000_000):07d}"
    elif country == "BG":
        nsn = rng.choice(("87", "88", "89", "98", "88", "89")) + f"{r(0, 10_000_000):07d}"
    elif country == "TR":
        nsn = "5" + rng.choice("0345") + f"{r(0, 100_000_000):08d}"
    elif country == "SY":
        nsn = "9" + f"{r(0, 100_000_000):08d}"
    elif country == "AF":
        nsn = "7" + f"{r(0, 100_000_000):08d}"
    elif country == "IQ":
        nsn = "7" + rng.choice("5789") + f"{r(0, 100_000_000):08d}"
    elif country == "PK":
        nsn = "3" + f"{r(0, 1_000_000_000):09d}"
    elif country == "IR":
        nsn = "9" + rng.choice("0123") + f"{r(0, 100_000_000):08d}"
    elif country == "MA":
        nsn = "6" + f"{r(0, 100_000_000):08d}"
    elif country == "MD":
        nsn = rng.choice(("6", "7")) + f"{r(0, 10_000_000):07d}"
    else:  # UA
        nsn = rng.choice(("67", "50", "63", "93", "97")) + f"{r(0, 10_000_000):07d}"
    return PHONE_CC[country], nsn


def _group(nsn: str, sep: str, first: int) -> str:
    parts = [nsn[:first]]
    rest = nsn[first:]
    while rest:
        parts.append(rest[:3] if len(rest) != 4 else rest)
        rest = rest[3:] if len(rest) != 4 else ""
    return sep.join(parts)


PHONE_STYLES = ["e164", "intl_sp", "00", "00sp", "nat", "nat_sp", "nat_dash", "nat_dot", "intl_dash"]
PHONE_DOMESTIC_CUM = cw([14, 8, 4, 2, 42, 16, 6, 4, 4])
PHONE_FOREIGN_CUM = cw([38, 24, 20, 6, 4, 2, 0, 0, 6])


def format_phone(cc: str, nsn: str, style: str) -> str:
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl_sp":
        return f"+{cc} " + _group(nsn, " ", 2 if cc == "359" else 3)
    if style == "intl_dash":
        return f"+{cc}-" + _group(nsn, "-", 2 if cc == "359" else 3)
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "00sp":
        return f"00{cc} " + _group(nsn, " ", 3)
    if style == "nat":
        return "0" + nsn
    if style == "nat_sp":
        return _group("0" + nsn, " ", 4 if cc != "359" or len(nsn) == 9 else 3)
    if style == "nat_dash":
        return _group("0" + nsn, "-", 4)
    return _group("0" + nsn, ".", 4)  # nat_dot


RO_PLATE_COUNTIES = [
    "B",
    "AB",
    "AG",
    "AR",
    "BC",
    "BH",
    "BN",
    "BR",
    "BT",
    "BV",
    "BZ",
    "CJ",
    "CL",
    "CS",
    "CT",
    "CV",
    "DB",
    "DJ",
    "GJ",
    "GL",
    "GR",
    "HD",
    "HR",
    "IF",
    "IL",
    "IS",
    "MH",
    "MM",
    "MS",
    "NT",
    "OT",
    "PH",
    "SB",
    "SJ",
    "SM",
    "SV",
    "TL",
    "TM",
    "TR",
    "VL",
    "VN",
    "VS",
]
RO_PLATE_CUM = cw(
    [
        (20 if c == "B" else 5 if c in ("CT", "DJ", "GR", "CL", "IF", "TR", "OT", "MH") else 1.5)
        for c in RO_PLATE_COUNTIES
    ]
)
RO_PLATE_L1 = "ABCDEFGHJKLMNPRSTUVWXYZ"
RO_PLATE_L = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
BG_PLATE_CODES = [
    "СА",
    "СВ",
    "С",
    "СО",
    "В",
    "А",
    "Р",
    "ТХ",
    "СС",
    "ВН",
    "ВР",
    "ЕН",
    "ВТ",
    "М",
    "РВ",
    "Е",
    "Х",
    "СТ",
    "Н",
    "К",
    "РА",
    "РК",
    "ЕВ",
    "СН",
    "СМ",
    "Т",
    "У",
    "РР",
    "ОВ",
    "КН",
]
BG_PLATE_CUM = cw(
    [
        (
            12
            if c in ("СА", "СВ", "С")
            else 5
            if c in ("В", "А", "Р", "РВ")
            else 2.5
            if c in ("ТХ", "СС", "ВН")
            else 1
        )
        for c in BG_PLATE_CODES
    ]
)
BG_SERIES = "АВКМНРСТХ"
CYR2LAT = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
LAT2CYR = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
UA_PLATE = "ABCEHIKMOPTX"


def make_plate(rng: random.Random, country: str) -> tuple[str, tuple[str, ...]]:
    if country == "RO":
        c = pick_w(rng, RO_PLATE_COUNTIES, RO_PLATE_CUM)
        num = (
            f"{rng.randrange(100, 1000)}"
            if c == "B" and rng.random() < 0.5
            else f"{rng.randrange(1, 100):02d}"
        )
        letters = rng.choice(RO_PLATE_L1) + rng.choice(RO_PLATE_L) + rng.choice(RO_PLATE_L)
        return "RO", (c, num, letters)
    if country == "BG":
        c = pick_w(rng, BG_PLATE_CODES, BG_PLATE_CUM)
        return "BG", (c, f"{rng.randrange(0, 10000):04d}", rng.choice(BG_SERIES) + rng.choice(BG_SERIES))
    if country == "TR":
        return "TR", (
            f"{rng.choice((34, 22, 39, 59, 6, 35, 16, 27, 63, 31)):02d}",
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(rng.choice((1, 2, 3)))),
            str(rng.randrange(10, 10000)),
        )
    if country == "MD":
        return "MD", ("".join(rng.choice("ABCEHKMOPTX") for _ in range(3)), f"{rng.randrange(1, 1000):03d}")
    return "UA", (
        rng.choice(("AA", "KA", "BH", "AX", "BI", "AE", "BC", "AI", "KO")),
        f"{rng.randrange(0, 10000):04d}",
        rng.choice(UA_PLATE) + rng.choice(UA_PLATE),
    )


def format_plate(rng: random.Random, plate: tuple[str, tuple[str, ...]], src: str) -> str:
    kind, parts = plate
    r = rng.random()
    sep = " " if r < 0.45 else "" if r < 0.85 else "-"
    s = sep.join(parts)
    if kind == "BG":
        if src == "BG":
            if rng.random() < 0.12:
                s = s.translate(CYR2LAT)
        else:
            u = rng.random()
            if u < 0.75:
                s = s.translate(CYR2LAT)
            elif u < 0.85:  # half-retyped: series in Latin, province code left Cyrillic
                s = sep.join((parts[0], parts[1], parts[2].translate(CYR2LAT)))
    elif src == "BG" and rng.random() < 0.2:
        s = s.translate(LAT2CYR)  # Latin plate typed on a Cyrillic keyboard layout
    if rng.random() < 0.03:
        s = s.lower()
    return s


RO_ID_SERIES = [
    "RX",
    "RT",
    "RD",
    "RR",
    "RK",
    "DX",
    "DP",
    "DR",
    "KX",
    "KZ",
    "KT",
    "XB",
    "XR",
    "XT",
    "XZ",
    "GZ",
    "GG",
    "IF",
    "IZ",
    "TZ",
    "TM",
    "CJ",
    "KV",
    "IS",
    "MX",
    "ZC",
    "ZL",
    "SB",
]


def make_docs(rng: random.Random, nat: str) -> list[tuple[str, str]]:
    """(kind, canonical number) of the documents a person may show."""
    r = rng.randrange
    docs: list[tuple[str, str]] = []
    if nat == "RO":
        docs.append(("RO_ID", rng.choice(RO_ID_SERIES) + f"{r(0, 1_000_000):06d}"))
        if rng.random() < 0.3:
            docs.append(("PASS", f"0{r(50_000_000, 60_000_000)}"))
    elif nat == "BG":
        docs.append(("NUM", f"6{r(0, 100_000_000):08d}"))
        if rng.random() < 0.3:
            docs.append(("NUM", f"3{r(0, 100_000_000):08d}"))
    else:
        prefix = {
            "SY": "N",
            "IQ": "A",
            "AF": "P0",
            "PK": rng.choice(("AB", "BN", "CK")),
            "IR": "K",
            "MA": rng.choice(("UZ", "TW", "SK")),
            "TR": "U",
            "MD": "AB",
            "UA": rng.choice(("FE", "FA", "FT")),
        }.get(nat, "X")
        docs.append(("PASS", prefix + f"{r(0, 10**7):07d}" + ("" if len(prefix) == 2 else str(r(0, 10)))))
    return docs


def format_doc(rng: random.Random, doc: tuple[str, str]) -> str:
    kind, num = doc
    u = rng.random()
    if kind == "RO_ID":
        s = num[:2] + (" " if u < 0.35 else "-" if u < 0.42 else "") + num[2:]
    elif kind == "NUM":
        s = num if u < 0.8 else num[:3] + " " + num[3:6] + " " + num[6:]
    else:
        s = num if u < 0.85 else num[:2] + " " + num[2:]
        if num.startswith("0") and rng.random() < 0.15:
            s = num.lstrip("0")
    if rng.random() < 0.04:
        s = s.lower()
    if rng.random() < 0.02:
        s = mistype_digits(rng, s)
    return s


# ----------------------------------------------------------------------------------------------
# Population
# ----------------------------------------------------------------------------------------------


def _groups(text: str) -> list[tuple[str, ...]]:
    return [tuple(v.replace("_", " ") for v in tok.split("|")) for tok in text.split()]


def _derived(text: str, fmt: str, single_word: bool = True) -> list[tuple[str, ...]]:
    """Family names derived from given names (patronymic surnames, Al-/Ben- forms, -zai/-zada...)."""
    out = []
    for g in _groups(text):
        if single_word and " " in g[0]:
            continue
        out.append(
            tuple(fmt.format(v, v.lower(), v.rstrip("aeiouy")) for v in g if " " not in v or not single_word)
        )
    return out


# The tails of the family-name pools of migrants' cultures are surnames built from given names,
# as they are in practice (father's name as surname, Al-X, Ben-X, X-zai, X-zada, X-i).
AR_FAMILY_X = _derived(AR_MALE, "Al-{0}")[::2] + _derived(AR_MALE, "{0}")[1::2]
MA_FAMILY_X = _derived(MA_MALE, "Ben{1}")[::2] + _derived(MA_MALE, "{0}")[1::2]
FA_FAMILY_X = (
    _derived(FA_MALE, "{0}zada")[::3]
    + _derived(FA_MALE, "{0}zai")[1::3]
    + [g for g in _derived(FA_MALE, "{0}i")[2::3] if g[0][-2] not in "aeiou"]
    + _derived(FA_MALE, "{0}")[2::3]
)
PK_FAMILY_X = _derived(PK_MALE, "{0}")
UA_FAMILY_X = _derived(UA_MALE, "{2}enko")[::2] + _derived(UA_MALE, "{2}chuk")[1::2]
BGT_FAMILY_X = [(g + "ов",) for g in BGT_MALE.split() if g[-1] not in "аеиоуъюя"]

# cultures -> pools
POOLS = {
    "BG": (Pool(BG_MALE, 16), Pool(BG_FEMALE, 16), Pool(BG_FAMILY, 20, 0.95)),
    "BGT": (Pool(BGT_MALE, 12), Pool(BGT_FEMALE, 12), Pool(BGT_FAMILY, 12, 0.95, BGT_FAMILY_X)),
    "RO": (Pool(RO_MALE, 16), Pool(RO_FEMALE, 16), Pool(RO_FAMILY, 20, 0.95)),
    "MD": (
        Pool(MD_MALE + RO_MALE, 12),
        Pool(MD_FEMALE + RO_FEMALE, 12),
        Pool(MD_FAMILY + RO_FAMILY, 16, 0.95),
    ),
    "TR": (Pool(TR_MALE, 14), Pool(TR_FEMALE, 10), Pool(TR_FAMILY, 14)),
    "AR": (Pool(AR_MALE, 8), Pool(AR_FEMALE, 8), Pool(AR_FAMILY, 16, 0.95, AR_FAMILY_X)),
    "MA": (Pool(MA_MALE, 8), Pool(MA_FEMALE, 8), Pool(MA_FAMILY, 14, 0.95, MA_FAMILY_X)),
    "FA": (Pool(FA_MALE, 7), Pool(FA_FEMALE, 8), Pool(FA_FAMILY, 16, 0.95, FA_FAMILY_X)),
    "PK": (Pool(PK_MALE, 7), Pool(PK_FEMALE, 8), Pool(PK_FAMILY, 12, 0.95, PK_FAMILY_X)),
    "UA": (Pool(UA_MALE, 10), Pool(UA_FEMALE, 8), Pool(UA_FAMILY, 14, 0.95, UA_FAMILY_X)),
}
NAT_CULTURE = {
    "SY": "AR",
    "IQ": "AR",
    "MA": "MA",
    "AF": "FA",
    "IR": "FA",
    "PK": "PK",
    "TR": "TR",
    "MD": "MD",
    "UA": "UA",
    "RO": "RO",
    "BG": "BG",
}
MIGRANT_NATS = ["SY", "AF", "IQ", "MA", "PK", "IR", "TR"]
MIGRANT_NAT_CUM = cw([26, 26, 12, 10, 11, 8, 7])
DRIVER_NATS = ["BG", "RO", "TR", "MD", "UA"]
DRIVER_NAT_CUM = cw([32, 30, 18, 11, 9])
# wrong or alternative declared nationality
ALT_NAT = {"AF": "IR", "IR": "AF", "SY": "IQ", "IQ": "SY", "PK": "AF", "MA": "SY", "TR": "SY", "MD": "RO"}

COUNT_ORD = ([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15], cw([57, 21, 9, 5, 3, 1.6, 1.1, 0.8, 0.7, 0.4, 0.3]))
COUNT_MIG = ([1, 2, 3, 4, 5, 6, 7, 9, 12], cw([42, 24, 13, 8, 5, 3, 2, 2, 1]))
COUNT_DRV = ([1, 2, 3, 4, 5, 6, 8, 10, 12], cw([18, 18, 15, 12, 10, 8, 7, 5, 3]))


class Person:
    __slots__ = (
        "bd",
        "bm",
        "by",
        "cat",
        "cross",
        "cult",
        "decl",
        "docs",
        "fam",
        "father",
        "given",
        "given2",
        "home",
        "lat_style",
        "maiden",
        "nat",
        "nid",
        "nid_bg",
        "nrec",
        "patr",
        "pf",
        "pg",
        "phone_pref",
        "phones",
        "pid",
        "plates",
        "sex",
        "shared_phones",
        "unit",
    )

    def __init__(self) -> None:
        self.given2 = ""
        self.patr = ""
        self.maiden = None
        self.nid = ""
        self.nid_bg = ""
        self.docs = []
        self.phones = []
        self.shared_phones = []
        self.plates = []
        self.decl = None
        self.father = None
        self.pg = ""
        self.pf = ""
        self.lat_style = "official"


def days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


class Generator:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.persons: list[Person] = []
        self.total = 0
        self.unit = 0  # household / travelling group / network the person belongs to
        self.cache: dict[tuple, str] = {}

    # --- person construction ---------------------------------------------------------------
    def _dob(self, lo: int, hi: int) -> tuple[int, int, int]:
        rng = self.rng
        y = rng.randint(2025 - hi, 2025 - lo)
        m = rng.randint(1, 12)
        return y, m, rng.randint(1, days_in_month(y, m))

    def new_person(
        self, cat: str, nat: str, sex: str | None = None, age: tuple[int, int] = (18, 75)
    ) -> Person:
        rng = self.rng
        p = Person()
        p.pid = len(self.persons)
        p.unit = self.unit
        self.persons.append(p)
        p.cat = cat
        p.nat = nat
        p.sex = sex or (
            "M" if rng.random() < (0.5 if cat == "ord" else 0.8 if cat == "mig" else 0.93) else "F"
        )
        p.by, p.bm, p.bd = self._dob(*age)
        cult = NAT_CULTURE[nat]
        if cult == "BG" and rng.random() < 0.07:
            cult = "BGT"
        p.cult = cult
        male, female, fam = POOLS[cult]
        p.given = (male if p.sex == "M" else female).pick(rng)
        p.father = male.pick(rng)
        f = fam.pick(rng)
        p.fam = f
        if cult in ("BG", "BGT"):
            if p.sex == "F":
                p.fam = tuple(bg_female(x) for x in f)
            p.patr = (bg_patronymic(p.father[0], p.sex),)
            p.lat_style = "official" if rng.random() < 0.72 else "old"
        elif cult in ("RO", "MD") and rng.random() < (0.22 if cult == "RO" else 0.08):
            g2 = (male if p.sex == "M" else female).pick(rng)
            if g2 != p.given:
                p.given2 = g2[0]
        # passport / usual Latin spellings for variant cultures
        if cult in ("AR", "MA", "FA", "PK", "UA"):
            p.pg = self._variant(p.given)
            p.pf = self._variant(p.fam)
            if cult == "FA" and nat == "AF" and rng.random() < 0.15:
                p.fam = ("",)
                p.pf = ""
        # identifiers
        self._ids(p)
        # record count and home system
        counts = COUNT_ORD if cat == "ord" else COUNT_MIG if cat == "mig" else COUNT_DRV
        p.nrec = pick_w(rng, *counts)
        if nat == "RO":
            p.home = "RO"
            pc = 0.38 if cat == "ord" else 0.75
        elif nat == "BG":
            p.home = "BG"
            pc = 0.30 if cat == "ord" else 0.75
        elif nat == "MD":
            p.home = "RO" if rng.random() < 0.85 else "BG"
            pc = 0.45
        elif nat == "UA":
            p.home = "RO" if rng.random() < 0.6 else "BG"
            pc = 0.55
        elif cat == "drv":  # Turkish drivers
            p.home = "BG" if rng.random() < 0.7 else "RO"
            pc = 0.7
        else:  # migrants transit Bulgaria then Romania
            p.home = "BG" if rng.random() < 0.62 else "RO"
            pc = 0.55
        p.cross = rng.random() < pc
        return p

    def _variant(self, item: tuple[str, ...]) -> str:
        # the most usual spelling dominates; the others share the rest
        rng = self.rng
        if len(item) == 1 or rng.random() < 0.55:
            return item[0]
        return rng.choice(item[1:])

    def _ids(self, p: Person) -> None:
        rng = self.rng
        if p.nat == "RO":
            p.nid = make_cnp(rng, p.by, p.bm, p.bd, p.sex)
        elif p.nat == "BG":
            p.nid = make_egn(rng, p.by, p.bm, p.bd, p.sex)
        elif p.nat == "MD":
            if rng.random() < 0.4:  # Romanian citizenship too
                p.nid = make_cnp(rng, p.by, p.bm, p.bd, p.sex)
        elif p.cat == "mig":
            if rng.random() < 0.35:
                p.nid_bg = make_lnch(rng)
            if rng.random() < 0.05:
                p.nid = make_cnp(rng, p.by, p.bm, p.bd, p.sex, foreign=True)
        else:
            if rng.random() < 0.25:
                p.nid = make_cnp(rng, p.by, p.bm, p.bd, p.sex, foreign=True)
            if rng.random() < 0.25:
                p.nid_bg = make_lnch(rng)
        if p.cat != "mig" or rng.random() < 0.45:
            p.docs = make_docs(rng, p.nat)
        # phones
        has = 0.72 if p.cat == "ord" else 0.95 if p.cat == "drv" else 0.55
        if rng.random() < has:
            if p.cat == "mig":
                c = p.nat if rng.random() < 0.4 else rng.choice(("BG", "TR", "RO", "BG"))
                if c not in PHONE_CC:
                    c = "TR"
            else:
                c = p.nat if rng.random() < 0.9 else ("RO" if p.nat == "BG" else "BG")
            p.phones.append(make_phone(rng, c))
            if rng.random() < 0.22:
                p.phones.append(make_phone(rng, c if rng.random() < 0.8 else "BG"))
        p.phone_pref = pick_w(rng, PHONE_STYLES, PHONE_DOMESTIC_CUM)
        if p.cat == "drv" or (p.cat == "ord" and rng.random() < 0.4):
            p.plates.append(make_plate(rng, p.nat if p.nat in ("RO", "BG", "TR", "MD", "UA") else "BG"))

    # --- relatives and groups --------------------------------------------------------------
    def relative(self, base: Person, kind: str) -> Person:
        rng = self.rng
        cat = base.cat if base.cat != "mig" else "mig"
        if kind == "spouse":
            sex = "F" if base.sex == "M" else "M"
            p = self.new_person(
                cat, base.nat, sex, (max(18, 2025 - base.by - 8), min(90, 2025 - base.by + 8))
            )
            husband, wife = (base, p) if base.sex == "M" else (p, base)
            if wife.cult in ("BG", "BGT", "RO", "MD") and husband.cult == wife.cult:
                wife.maiden = wife.fam
                wife.fam = (
                    tuple(bg_female(x) for x in husband.fam) if wife.cult in ("BG", "BGT") else husband.fam
                )
        else:
            sex = None
            if kind == "son":
                sex = "M"
            p = self.new_person(cat, base.nat, sex)
            if kind in ("sibling", "twin"):
                p.father = base.father
                if p.cult != base.cult:
                    p.cult = base.cult
                    male, female, _ = POOLS[p.cult]
                    p.given = (male if p.sex == "M" else female).pick(rng)
                if base.cult in ("BG", "BGT"):
                    p.patr = (bg_patronymic(base.father[0], p.sex),)
                fam0 = base.maiden or base.fam
                if base.cult in ("BG", "BGT"):
                    m = fam0[0][:-1] if fam0[0].endswith(("ова", "ева", "ина")) else fam0[0]
                    m = m[:-1] + "и" if m.endswith("ска") else m
                    p.fam = (bg_female(m) if p.sex == "F" else m,)
                else:
                    p.fam = fam0
                    p.pf = base.pf if base.pf else p.pf
                if kind == "twin":
                    p.by, p.bm, p.bd = base.by, base.bm, base.bd
                else:
                    p.by = min(2007, max(1935, base.by + rng.randint(-9, 9)))
                    p.bd = min(p.bd, days_in_month(p.by, p.bm))
            else:  # son (father/son pair, possibly the same given name)
                p.by = min(2007, base.by + rng.randint(20, 35))
                p.bd = min(p.bd, days_in_month(p.by, p.bm))
                p.father = base.given
                if base.sex == "M" and rng.random() < 0.5:
                    p.given = base.given
                    p.pg = base.pg
                p.cult = base.cult
                if base.cult in ("BG", "BGT"):
                    p.patr = (bg_patronymic(base.given[0], "M"),)
                    m = base.fam[0][:-1] if base.fam[0].endswith(("ова", "ева")) else base.fam[0]
                    p.fam = (m,)
                else:
                    p.fam = base.fam
                    p.pf = base.pf if base.pf else p.pf
            # identifiers must follow the (possibly changed) birth date
            self._ids_refresh(p)
        # sharing: household phone, family car
        if base.phones and rng.random() < 0.55:
            p.shared_phones.append(base.phones[0])
            base.shared_phones.append(base.phones[0])
        if base.plates and rng.random() < 0.5:
            p.plates.append(base.plates[0])
        p.home = base.home
        return p

    def _ids_refresh(self, p: Person) -> None:
        rng = self.rng
        if p.nid and len(p.nid) == 13:
            p.nid = make_cnp(rng, p.by, p.bm, p.bd, p.sex, foreign=p.nid[0] in "78")
        elif p.nid and len(p.nid) == 10:
            p.nid = make_egn(rng, p.by, p.bm, p.bd, p.sex)

    def build(self) -> None:
        rng = self.rng
        target = self.n
        while self.total < target:
            self.unit += 1
            u = rng.random()
            if u < 0.78:  # ordinary citizens, households
                nat = "RO" if rng.random() < 0.5 else "BG"
                base = self.new_person("ord", nat)
                members = [base]
                if rng.random() < 0.5:
                    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                        kind = pick_w(rng, ["sibling", "spouse", "son", "twin"], cw([35, 25, 32, 8]))
                        members.append(self.relative(base, kind))
                for m in members:
                    self.total += m.nrec
            elif u < 0.88:  # migrant group, possibly with its driver
                nat = pick_w(rng, MIGRANT_NATS, MIGRANT_NAT_CUM)
                size = 1 if rng.random() < 0.4 else rng.randint(2, 8)
                group_phone = make_phone(rng, rng.choice(("BG", "TR", "BG", "RO")))
                driver = None
                if rng.random() < 0.5:
                    driver = self.new_person("drv", pick_w(rng, DRIVER_NATS, DRIVER_NAT_CUM), age=(20, 60))
                    self.total += driver.nrec
                decl_year = rng.randint(1985, 2006)
                first = None
                for _ in range(size):
                    gn = nat if rng.random() < 0.85 else pick_w(rng, MIGRANT_NATS, MIGRANT_NAT_CUM)
                    if first is not None and rng.random() < 0.12:
                        m = self.relative(first, "sibling")
                    else:
                        m = self.new_person("mig", gn, age=(14, 50))
                    if first is None:
                        first = m
                    if rng.random() < 0.33:  # declared 1 January birth date
                        m.decl = (decl_year if rng.random() < 0.3 else m.by, 1, 1)
                    if size > 1 and rng.random() < 0.35:
                        m.shared_phones.append(group_phone)
                    if driver is not None and driver.plates and rng.random() < 0.5:
                        m.plates.append(driver.plates[0])
                    self.total += m.nrec
            else:  # drivers, organisers
                p = self.new_person("drv", pick_w(rng, DRIVER_NATS, DRIVER_NAT_CUM), age=(20, 65))
                self.total += p.nrec
                if rng.random() < 0.2:  # a partner in the same network shares a phone or a car
                    q = self.new_person("drv", pick_w(rng, DRIVER_NATS, DRIVER_NAT_CUM), age=(20, 65))
                    if p.phones:
                        q.shared_phones.append(p.phones[0])
                    if p.plates and rng.random() < 0.5:
                        q.plates.append(p.plates[0])
                    self.total += q.nrec

    def slots(self) -> list[tuple[int, str]]:
        rng = self.rng
        out: list[tuple[int, str]] = []
        for p in self.persons:
            k = p.nrec
            other = "BG" if p.home == "RO" else "RO"
            if k == 1:
                srcs = [other if (p.cross and rng.random() < 0.35) else p.home]
            elif p.cross:
                srcs = [p.home, other] + [p.home if rng.random() < 0.6 else other for _ in range(k - 2)]
            else:
                srcs = [p.home] * k
            out.extend((p.pid, s) for s in srcs)
        del out[self.n :]
        rng.shuffle(out)
        return out

    # --- record rendering -------------------------------------------------------------------
    def _bg_lat(self, word: str, style: str) -> str:
        key = ("bg", word, style)
        v = self.cache.get(key)
        if v is None:
            v = bg_to_latin(word, style)
            self.cache[key] = v
        return v

    def _cyr(self, word: str, kind: str, squeeze: bool = False) -> str:
        key = (kind, word, squeeze)
        v = self.cache.get(key)
        if v is None:
            if kind == "ro":
                v = ro_to_cyr(word)
            elif kind == "tr":
                v = tr_to_cyr(word)
            else:
                v = lat_to_cyr(word.translate(LAT_FOLD), squeeze)
            self.cache[key] = v
        return v

    def names(self, p: Person, src: str) -> tuple[str, str, str]:
        rng = self.rng
        cult = p.cult
        fam_t = p.fam
        if p.maiden is not None and rng.random() < 0.15:
            fam_t = p.maiden
        if cult in ("BG", "BGT"):
            g, m, f = p.given[0], p.patr[0], fam_t[0]
            if src == "BG":
                if rng.random() < 0.93:
                    return g, (m if rng.random() < 0.85 else ""), f
                style = p.lat_style
                return (
                    self._bg_lat(g, style),
                    (self._bg_lat(m, style) if rng.random() < 0.5 else ""),
                    self._bg_lat(f, style),
                )
            u = rng.random()
            if u < 0.5:
                style = p.lat_style
            else:
                style = pick_w(
                    rng, ["romanian", "anglo", "old", "french", "german", "official"], BG_STYLE_CUM
                )
            mode = pick_w(rng, RO_MODES, RO_MODE_CUM_RO)
            gl = ro_encode(self._bg_lat(g, style), mode)
            fl = ro_encode(self._bg_lat(f, style), mode)
            ml = ro_encode(self._bg_lat(m, style), mode) if rng.random() < 0.28 else ""
            if p.sex == "F" and rng.random() < 0.04 and fl.endswith("a"):
                fl = fl[:-1]  # officer writes the masculine form
            if fl.endswith(("ov", "ev")) and rng.random() < 0.05:
                fl = fl + rng.choice(("", "f")) if style in ("french", "old") else fl[:-1] + "f"
            if ml and rng.random() < 0.12:  # the patronymic lands in the family-name field
                return gl, "", ml
            return gl, ml, fl
        if cult in ("RO", "MD"):
            g, f = p.given[0], fam_t[0]
            if p.given2:
                u = rng.random()
                if u < 0.3:
                    g = g + " " + p.given2
                    m = ""
                elif u < 0.45:
                    g = g + "-" + p.given2
                    m = ""
                elif u < 0.7:
                    m = p.given2
                else:
                    m = ""
            else:
                m = ""
            if not m and cult == "RO" and src == "RO" and rng.random() < 0.06:
                m = ro_encode(p.father[0][0], "none") + "."
            if p.maiden is not None and cult == "RO" and rng.random() < 0.05:
                f = p.maiden[0] + "-" + p.fam[0]
            if src == "RO":
                mode = pick_w(rng, RO_MODES, RO_MODE_CUM_RO if cult == "RO" else RO_MODE_CUM_MD)
                return ro_encode(g, mode), ro_encode(m, mode), ro_encode(f, mode)
            u = rng.random()
            if u < 0.33:
                return self._cyr(g, "ro"), self._cyr(m, "ro") if m else "", self._cyr(f, "ro")
            mode = "none" if u < 0.8 else ("cedilla" if rng.random() < 0.5 else "comma")
            return ro_encode(g, mode), ro_encode(m, mode), ro_encode(f, mode)
        if cult == "TR":
            g, f = p.given[0], fam_t[0]
            m = ""
            if src == "RO":
                if rng.random() < 0.55:
                    return g.translate(TR_FOLD), m, f.translate(TR_FOLD)
                return g, m, f
            u = rng.random()
            if u < 0.6:
                return self._cyr(g, "tr"), m, self._cyr(f, "tr")
            if u < 0.9:
                return g.translate(TR_FOLD), m, f.translate(TR_FOLD)
            return g, m, f
        # variant cultures: AR, MA, FA, PK, UA
        gl = p.pg if rng.random() < 0.7 else self._variant(p.given)
        fl = (p.pf if rng.random() < 0.7 else self._variant(fam_t)) if fam_t[0] else ""
        ml = ""
        if cult != "UA" and rng.random() < 0.3:
            ml = self._variant(p.father)
        if cult == "FA" and not fl and rng.random() < 0.5:
            fl = self._variant(p.father)
        if fl and cult in ("AR", "MA"):
            fl = self._article(fl)
        if src == "BG" and rng.random() < 0.78:
            sq = rng.random() < 0.15
            return (
                self._cyr(gl, "lat", sq),
                (self._cyr(ml, "lat", sq) if ml else ""),
                (self._cyr(fl, "lat", sq) if fl else ""),
            )
        return gl, ml, fl

    def _article(self, f: str) -> str:
        rng = self.rng
        for art in ("Al-", "El "):
            if f.startswith(art):
                rest = f[len(art) :]
                u = rng.random()
                if u < 0.55:
                    return f
                if u < 0.7:
                    return art[:2] + " " + rest
                if u < 0.8:
                    return rest
                if u < 0.9:
                    return ("El-" if art == "Al-" else "El") + rest
                return art[:2] + rest.lower()
        return f

    def record(self, rid: int, pid: int, src: str) -> list[str]:
        rng = self.rng
        p = self.persons[pid]
        g, m, f = self.names(p, src)
        mig = p.cat == "mig"
        # given/family swapped, typos, OCR errors, case
        if rng.random() < (0.07 if mig else 0.025):
            g, f = f, g
        if g and rng.random() < 0.025:
            g = typo(rng, g) if rng.random() < 0.7 else ocr(rng, g)
        if f and rng.random() < 0.03:
            f = typo(rng, f) if rng.random() < 0.7 else ocr(rng, f)
        if m and rng.random() < 0.02:
            m = typo(rng, m)
        if rng.random() < (0.14 if src == "RO" else 0.10):
            g, m, f = g.upper(), m.upper(), f.upper()
        # birth date
        y, mo, d = p.decl if (p.decl is not None and rng.random() < 0.95) else (p.by, p.bm, p.bd)
        if mig and rng.random() < 0.06:
            y += rng.choice((-1, 1, -2, 2))
        bd = ""
        if rng.random() > (0.12 if mig else 0.03):
            r = rng.random()
            if r < 0.012 and d <= 12:
                mo, d = d, mo
            elif r < 0.03:
                d = min(28, max(1, d + rng.choice((-1, 1, 10, -10))))
            elif r < 0.04:
                y += rng.choice((-1, 1, -10, 10))
            d = min(d, days_in_month(y, mo))  # a year shifted off 29 February: the contract wants real dates
            bd = f"{y:04d}-{mo:02d}-{d:02d}"
        sex = p.sex if rng.random() > 0.05 else ""
        if sex and rng.random() < 0.004:
            sex = "F" if sex == "M" else "M"
        # national identifier
        nid = ""
        home_id = p.nid if src == "RO" else p.nid_bg
        if p.nat == "BG" and src == "BG":
            home_id = p.nid
        if src == "RO" and p.nat == "BG":
            home_id = ""
        if home_id and rng.random() < 0.6:
            nid = home_id
        elif rng.random() < 0.22:
            nid = p.nid or p.nid_bg
        if nid and rng.random() < 0.035:
            nid = mistype_digits(rng, nid)
        # document
        doc = ""
        if p.docs and rng.random() < (0.4 if p.cat == "ord" else 0.6):
            doc = format_doc(rng, p.docs[0] if len(p.docs) == 1 or rng.random() < 0.7 else p.docs[1])
        # nationality
        nat = p.nat
        r = rng.random()
        if r < 0.08:
            nat = ""
        elif r < 0.08 + (0.06 if mig or p.nat == "MD" else 0.004):
            nat = ALT_NAT.get(p.nat, rng.choice(("RO", "BG", "TR", "MD")))
        # phone
        phone = ""
        pr = 0.45 if p.cat == "ord" else 0.7 if p.cat == "drv" else 0.4
        if (p.phones or p.shared_phones) and rng.random() < pr:
            pool = p.phones + p.shared_phones
            cc, nsn = pool[0] if len(pool) == 1 or rng.random() < 0.6 else rng.choice(pool)
            home_cc = "40" if src == "RO" else "359"
            if rng.random() < 0.5:
                style = p.phone_pref
            elif cc == home_cc:
                style = pick_w(rng, PHONE_STYLES, PHONE_DOMESTIC_CUM)
            else:
                style = pick_w(rng, PHONE_STYLES, PHONE_FOREIGN_CUM)
            if cc != home_cc and style.startswith("nat") and rng.random() < 0.7:
                style = "e164"
            phone = format_phone(cc, nsn, style)
            if rng.random() < 0.012:
                phone = mistype_digits(rng, phone)
        plate = ""
        if p.plates and rng.random() < (0.5 if p.cat == "ord" else 0.75 if p.cat == "drv" else 0.35):
            plate = format_plate(rng, p.plates[-1] if rng.random() < 0.7 else p.plates[0], src)
        return [f"r{rid:07d}", src, g, m, f, bd, sex, nid, doc, nat, phone, plate]


BG_STYLE_CUM = cw([45, 17, 17, 10, 4, 7])
RO_MODES = ["comma", "cedilla", "none", "nosh"]
RO_MODE_CUM_RO = cw([52, 16, 28, 4])
RO_MODE_CUM_MD = cw([40, 10, 45, 5])


def generate(n: int, out_csv: str, truth_csv: str, seed: int) -> None:
    gen = Generator(n, seed)
    gen.build()
    slots = gen.slots()
    header = [
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
    with (
        open(out_csv, "w", encoding="utf-8", newline="") as fo,
        open(truth_csv, "w", encoding="utf-8", newline="") as ft,
    ):
        wo = csv.writer(fo)
        wt = csv.writer(ft)
        wo.writerow(header)
        wt.writerow(["record_id", "person_id"])
        for i, (pid, src) in enumerate(slots, start=1):
            row = gen.record(i, pid, src)
            wo.writerow([unicodedata.normalize("NFC", x) for x in row])
            wt.writerow([row[0], f"p{pid:07d}"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    generate(a.n, a.out, a.truth, a.seed)


if __name__ == "__main__":
    main(sys.argv[1:])
