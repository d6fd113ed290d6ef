"""Synthetic RO/BG police and border person records for benchmarking cross-border entity resolution.

The generator models the people a Romanian-Bulgarian police cooperation desk actually sees and how the
two countries' systems write them down. People come from eight populations (shares of persons):
Romanians 34 % (a tenth of them Roma, drawn from a narrower, more repetitive name pool), ethnic
Bulgarians 32 % (likewise with Roma), Bulgarian Turks and Pomaks 6 % (Turkish or Arabic-origin names
in Bulgarian Cyrillic, a few also carrying the Bulgarianised name forced on them in the 1980s),
Moldovans 5 % (Romanian names, nationality MD or RO for dual citizens, Soviet-era Russian forms),
Ukrainians 4 % (refugees since 2022; Ukrainian passport transliteration, Russian-style spellings and
Cyrillic in Bulgarian files), Turkish lorry drivers 7 % (Turkish letters or stripped, Cyrillic in
Bulgarian files, trucks from shared fleets) and third-country migrants 12 % (Syria, Afghanistan,
Pakistan, Iraq, Iran, Morocco, Algeria: variant spellings of Arabic, Persian, Pashto and Urdu names,
often no family name or the father's name in its place, declared birth dates: a third of them
1 January, sometimes a different year in a later record).

Each record comes from one of four systems: Romanian police, Romanian border police, Bulgarian police
or Bulgarian border police. Border records are read from the travel document (machine-readable zone:
upper case, no diacritics, the document's Latin spelling, document number present, occasional OCR
confusions). Police records are typed by an officer: the Bulgarian police write Bulgarians, Turks,
Ukrainians and often foreigners in Cyrillic; Romanian officers write Bulgarian names either from the
document (official 2009 transliteration, or the pre-2009 passport spelling) or by ear (Romanian-style
Jeliazkov / Hristo, English-style Khristo, French-style Guéorgui, German-style Schiwkow); Romanian
diacritics come in comma-below, legacy cedilla or none; Bulgarian patronymics are kept by Bulgarian
files and often dropped by Romanian ones; women's surnames sometimes lose the -a, married women
appear under maiden names or hyphenated double names; given and family name get swapped (surname-
first lists); typing errors hit names, dates, identifiers and plates.

Identifiers follow the real rules: CNP (sex/century digit, birth date, county, serial, check digit),
EGN (birth date with month offset, region serial whose parity is the sex, check digit), LNCh for
foreigners registered in Bulgaria, CNP 7/8 for foreign residents in Romania; a home national's record
usually carries a valid identifier whose embedded date and sex match, a foreign system copies it less
often, and about 2 % are mistyped (mostly invalid checksum). Phones appear in national and
international writings; plates in Cyrillic or Latin look-alike letters, with spaces or dashes.

People have skewed record counts (about half appear once, a few dozen times). Hard negatives come from
the data, not from tricks: Zipf-distributed common names (Georgi Ivanov, Ion Popescu, Mohammed Ali),
households sharing phone and car, spouses sharing a surname, twins, Romanian sons carrying the
father's given name, Bulgarian grandsons carrying the grandfather's full name (given + patronymic +
family identical), migrant brothers sharing the father's name and a declared 1 January birth date,
migrants caught in the same smuggling vehicle, lorry drivers sharing fleet trucks.

Usage: python benchmarks/linkage/generate_e.py N OUT.csv --truth TRUTH.csv --seed S
"""

from __future__ import annotations

import argparse
import bisect
import csv
import random
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate

COLUMNS = [
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


# ----------------------------------------------------------------------------------------------------
# Weighted pools
# ----------------------------------------------------------------------------------------------------
class Pool:
    """Weighted sampling by bisect over cumulative weights (fast, deterministic for a Random)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, items: Sequence, weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def zipf(items: Sequence, s: float = 1.0, k: float = 2.0) -> Pool:
    return Pool(items, [1.0 / (i + k) ** s for i in range(len(items))])


def choose(rng: random.Random, table: Sequence[tuple[object, float]]):
    x = rng.random() * sum(w for _, w in table)
    for item, w in table:
        x -= w
        if x < 0:
            return item
    return table[-1][0]


def words(text: str) -> list[str]:
    return text.split()


# ----------------------------------------------------------------------------------------------------
# Name data
# ----------------------------------------------------------------------------------------------------
BG_MALE = words(
    "Георги Иван Димитър Николай Петър Христо Стефан Йордан Тодор Васил Александър Стоян Атанас "
    "Красимир Пламен Емил Валентин Любомир Борислав Цветан Ангел Кирил Илия Митко Асен Венцислав "
    "Живко Здравко Калин Мартин Милен Никола Огнян Радослав Симеон Станимир Траян Цветомир Явор Борис "
    "Веселин Владимир Даниел Евгени Желязко Иво Костадин Мирослав Румен Светослав Тихомир Филип "
    "Чавдар Янко Бойко Велизар Методи Любен Добромир Благовест Страхил Гроздан Делян Младен Ивайло "
    "Спас Недялко Слави Христиан Калоян Виктор Преслав Боян Станислав Антон Гергин"
)
BG_FEMALE = words(
    "Мария Иванка Елена Йорданка Пенка Росица Десислава Гергана Цветелина Снежана Даниела Валентина "
    "Николина Петя Радка Станка Теодора Виктория Галина Анелия Магдалена Милена Надежда Силвия Юлия "
    "Катерина Антония Габриела Кристина Емилия Светла Татяна Христина Веселина Невена Боряна Зорница "
    "Калина Ралица Стефка Румяна Мирослава Ивелина Яна Симона Величка Гинка Донка Марияна Сияна"
)
BG_FAMILY = words(
    "Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Атанасов Ангелов Йорданов "
    "Василев Костов Маринов Стефанов Попов Михайлов Колев Кръстев Янков Павлов Цветков Александров "
    "Симеонов Станчев Радев Желязков Генов Добрев Славов Ненов Марков Кирилов Здравков Лазаров "
    "Борисов Младенов Игнатов Митев Найденов Панайотов Русев Танев Тончев Христозов Шишков Петков "
    "Каменов Динев Енчев Делчев Спасов Драганов Асенов Велчев Гочев Жеков Захариев Калчев Пенчев "
    "Милев Ковачев Вълчев Раковски Чобанов Овчаров Грънчаров Терзиев Бакалов Табаков Киров Цанков "
    "Бонев Дочев Халачев Кафеджиев Бояджиев Чакъров Тенев Начев Манолов Гаджев Куртев Пеев "
    "Стамболийски Дичев Нейков Щерев Ганчев Кънчев Влахов Цонев Гърков Бъчваров Стойчев Минчев Райчев "
    "Хаджиев"
)
# Romani families in Bulgaria often carry common Bulgarian or Turkish-derived surnames
BG_ROMA_FAMILY = words(
    "Асенов Ахмедов Илиев Костов Методиев Мустафов Рамадан Салиев Стоянов Христов Юсеинов Радев Сашев "
    "Демиров Алиев Кирилов Маринов Ангелов Рангелов Мирчев Анастасов Велев Бечев Шакиров"
)
BG_ROMA_MALE = words(
    "Асен Митко Ангел Христо Салим Красимир Мирослав Иван Юлиян Кирил Стефан Янко Анжело Ради Сашо "
    "Рангел Любен Методи Ивайло Кольо Емил Орхан Юсуф Ибрям"
)
BG_ROMA_FEMALE = words(
    "Мария Елена Радка Фатме Гергана Ели Росица Тереза Кремена Даниела Анка Джулия Сийка Севда"
)
BG_FAMILY_STEMS = words(
    "Балев Бачев Богданов Бозуков Боянов Вангелов Вапцаров Гайдаров Гешев Горанов Градев Даскалов "
    "Дамянов Деков Джамбазов Добринов Дойчев Дончев Драгиев Дуков Ефтимов Жечев Златев Зарев Иречков "
    "Калудов Карадимов Касабов Кехайов Колчев Кондов Крумов Кунчев Лалев Личев Луканов Любенов "
    "Мавродиев Манчев Матеев Мишев Мутафов Нанев Недев Нешев Никифоров Ончев Павлов Папазов Пасков "
    "Пейчев Пенев Пиперков Попиванов Праматаров Пътев Радулов Ралчев Рашков Савов Сарафов Семерджиев "
    "Сиджимков Сливенски Софрониев Стаменов Стамов Стратиев Сърбинов Тасев Тахов Тошев Трендафилов "
    "Узунов Филев Хараламбиев Хубенов Цачев Цветанов Чалъков Чернев Шопов Юруков Якимов Янев Ячев "
    "Ботев Величков Гюров Давидов Жилков Зафиров Кръстанов Лефтеров Маджаров Нечев Ортаков Пашов "
    "Ризов Сотиров Топалов"
)
BG_PATRONYMIC_EXCEPTIONS = {"Васил": "Василев", "Евгени": "Евгениев", "Любен": "Любенов", "Слави": "Славов"}

RO_MALE = words(
    "Ion Gheorghe Vasile Constantin Alexandru Mihai Andrei Nicolae Ioan Marian Florin Daniel Dumitru "
    "Ștefan Adrian Cristian Gabriel Ionuț Mihail Petru Costel Sorin Bogdan Cătălin Marius Răzvan "
    "Claudiu Valentin Victor Viorel Liviu Lucian Iulian Cosmin Sebastian Radu Emil Aurel Vlad Ovidiu "
    "Petrică Nicușor Ciprian Dragoș Laurențiu Tudor Silviu Eugen Octavian Traian Doru Florian George "
    "Robert Alin Darius Matei David Costică Gigel Fănel Nelu Remus Sergiu Horia Paul Virgil Relu Ilie "
    "Toma Tiberiu"
)
RO_FEMALE = words(
    "Maria Elena Ioana Ana Andreea Mihaela Gabriela Alexandra Cristina Daniela Florentina Georgiana "
    "Alina Nicoleta Simona Roxana Ramona Adriana Mariana Elisabeta Gheorghița Ionela Camelia Carmen "
    "Raluca Irina Oana Diana Larisa Bianca Ana-Maria Cătălina Loredana Valentina Violeta Aurelia "
    "Lăcrămioara Petronela Ștefania Teodora Luminița Rodica Doina Viorica Florica Anca Claudia Denisa "
    "Alexia Antonia Paula Sorina Corina"
)
RO_FAMILY = words(
    "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Munteanu "
    "Constantin Mihai Florea Lazăr Moldovan Ion Dinu Georgescu Marin Tudor Șerban Ilie Toma Stanciu "
    "Mocanu Barbu Nistor Ene Oprea Dobre Cristea Nițu Roman Sandu Dragomir Diaconu Preda Petrescu "
    "Voicu Neagu Manole Lungu Ispas Cojocaru Zamfir Iordache Anghel Nedelcu Bălan Ursu Coman Vasile "
    "Avram Enache Niculescu Bucur Grigore Iancu Rădulescu Mureșan Sârbu Cozma Dobrescu Pîrvu Țurcanu "
    "Ștefănescu Constantinescu Vlad Mitrea Dima Micu Sima Ungureanu Drăgan Tănase Țîrlea Bratu Fătu "
    "Chiriac Mihăilă Popovici"
)
RO_STEMS = words(
    "Vas Pătr Dobr Stoian Nic Radul Mărg Bărb Constand Drag Manol Mateesc Gavril Pavel Crăc Mirc "
    "Tudos Călin Dud Lup Căpr Frunz Ghiț Iord Sav Bran Cârst Bogd Crist Olt Vâlc Buz Prah Moț Negr "
    "Albu Roșc Viș Ciuc Grec Tăt Jian Mih Onc Pand Sterp Urs Zah Bănic Cern Ciocârl Deaconu Filip "
    "Ghiță Hâncu Iacob"
)
RO_SUFFIXES = ("escu", "eanu", "aru", "ache", "oiu", "an", "ilă", "uță")
RO_ROMA_FAMILY = words(
    "Stan Dinu Stoica Căldăraru Lăcătuș Ursu Mihai Dumitru Radu Florea Rostaș Băiașu Tudor Iancu "
    "Vasile Constantin Lupu Ciurar Ciobanu Zlătaru Spoitoru Moldovan Varga Lingurar"
)
RO_ROMA_MALE = words(
    "Marian Florin Costel Nicu Gheorghe Ion Fănel Sorin Marin Vasile Cristinel Daniel Costică Viorel "
    "Ionel Dorel Aurel Cătălin Mihai Nelu Romeo Sandu"
)
RO_ROMA_FEMALE = words(
    "Maria Elena Florica Mirela Nicoleta Ionela Mariana Rodica Gabriela Lenuța Vasilica Aurica Fănica"
)
RO_FATHER_INITIAL_SHARE = 0.25

MD_MALE = words(
    "Ion Vasile Sergiu Andrei Alexandru Dumitru Victor Nicolae Igor Vladimir Oleg Mihail Valeriu "
    "Vitalie Ghenadie Veaceslav Dorin Eugeniu Iurie Maxim Pavel Petru Radu Vadim"
)
MD_FEMALE = words(
    "Maria Elena Natalia Tatiana Svetlana Ana Olga Ecaterina Irina Victoria Galina Ludmila Nadejda "
    "Cristina Doina Lilia Angela Valentina"
)
MD_FAMILY = words(
    "Rusu Ceban Ciobanu Cebotari Lungu Munteanu Cojocaru Popa Țurcan Rotari Bivol Sîrbu Melnic Bodrug "
    "Guțu Roșca Grosu Zaharia Moraru Ursu Caraman Croitoru Țurcanu Botnari Balan Cazacu Gîrlea "
    "Plămădeală"
)
# Soviet-era Russian forms some Moldovans still carry in old documents (Latin from the Russian form)
MD_RUSSIAN = {
    "Ion": "Ivan",
    "Vasile": "Vasilii",
    "Sergiu": "Serghei",
    "Dumitru": "Dmitrii",
    "Nicolae": "Nikolai",
    "Mihail": "Mikhail",
    "Valeriu": "Valerii",
    "Vitalie": "Vitalii",
    "Ghenadie": "Ghennadii",
    "Veaceslav": "Viaceslav",
    "Eugeniu": "Evghenii",
    "Iurie": "Iurii",
    "Petru": "Piotr",
    "Ecaterina": "Ekaterina",
    "Nadejda": "Nadezhda",
    "Natalia": "Natalia",
    "Tatiana": "Tatiana",
}

# Ukrainian: (Ukrainian form, Russian form, patronymic male, patronymic female)
UA_MALE = [
    ("Олександр", "Александр", "Олександрович", "Олександрівна"),
    ("Андрій", "Андрей", "Андрійович", "Андріївна"),
    ("Сергій", "Сергей", "Сергійович", "Сергіївна"),
    ("Володимир", "Владимир", "Володимирович", "Володимирівна"),
    ("Дмитро", "Дмитрий", "Дмитрович", "Дмитрівна"),
    ("Микола", "Николай", "Миколайович", "Миколаївна"),
    ("Іван", "Иван", "Іванович", "Іванівна"),
    ("Юрій", "Юрий", "Юрійович", "Юріївна"),
    ("Олег", "Олег", "Олегович", "Олегівна"),
    ("Віталій", "Виталий", "Віталійович", "Віталіївна"),
    ("Максим", "Максим", "Максимович", "Максимівна"),
    ("Віктор", "Виктор", "Вікторович", "Вікторівна"),
    ("Богдан", "Богдан", "Богданович", "Богданівна"),
    ("Тарас", "Тарас", "Тарасович", "Тарасівна"),
    ("Василь", "Василий", "Васильович", "Василівна"),
    ("Петро", "Петр", "Петрович", "Петрівна"),
    ("Ігор", "Игорь", "Ігорович", "Ігорівна"),
    ("Роман", "Роман", "Романович", "Романівна"),
    ("Євген", "Евгений", "Євгенович", "Євгенівна"),
    ("Григорій", "Григорий", "Григорович", "Григорівна"),
]
UA_FEMALE = [
    ("Олена", "Елена"),
    ("Наталія", "Наталья"),
    ("Тетяна", "Татьяна"),
    ("Ірина", "Ирина"),
    ("Оксана", "Оксана"),
    ("Юлія", "Юлия"),
    ("Світлана", "Светлана"),
    ("Марія", "Мария"),
    ("Анна", "Анна"),
    ("Катерина", "Екатерина"),
    ("Вікторія", "Виктория"),
    ("Людмила", "Людмила"),
    ("Галина", "Галина"),
    ("Ольга", "Ольга"),
    ("Анастасія", "Анастасия"),
    ("Надія", "Надежда"),
    ("Валентина", "Валентина"),
    ("Дарина", "Дарья"),
]
UA_FAMILY = words(
    "Шевченко Коваленко Бондаренко Ткаченко Кравченко Бойко Мельник Коваль Олійник Шевчук Поліщук "
    "Лисенко Руденко Савченко Петренко Мороз Кравець Ткачук Марченко Клименко Павленко Литвиненко "
    "Гончаренко Мельничук Романенко Кузьменко Сидоренко Левченко Яковенко Гриценко Данилюк Онищенко "
    "Бондар Захарченко Тимошенко Гаврилюк Приходько Зінченко Костенко Кириленко Нестеренко Семенюк "
    "Дорошенко Козак Ковальчук Білик Соловйов Василенко Мартинюк Пономаренко Власенко Юрченко Волошин "
    "Іваненко Савчук Герасименко Литвин Кушнір Демченко Федоренко Хоменко Остапенко Панченко "
    "Тарасенко"
)

TR_MALE = words(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
    "Süleyman Abdullah Mahmut Recep Salih Kemal Fatih Emre Serkan Erkan Hakan Orhan Kadir Cemal Yaşar "
    "Bayram Şükrü Erdoğan Necati Özcan Gökhan Tuncay Volkan Levent Uğur Sinan Adem Cengiz Ercan Hayri "
    "İlhan Metin Nihat Sedat Tamer Zafer Burak Oğuz Taner Yücel Coşkun"
)
TR_FEMALE = words("Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Gülsüm")
TR_FAMILY = words(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
    "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdem Güneş Aksoy Bulut Keskin Ünal Tekin "
    "Güler Sarı Avcı Uçar Acar Tunç Kaplan Turan Bozkurt Eren Özer Çakır Yavuz Aktaş Toprak Güven "
    "Işık Duman Kocabaş Altun Bayrak Sevim Karakaya Özkaya Akbulut Yalçın Tosun Ateş Gündoğdu Çiftçi "
    "Durmaz Ekinci"
)
# Bulgarian Turks / Pomaks: given names in Bulgarian Cyrillic, family names with Bulgarian suffixes
BGTR_MALE = words(
    "Мехмед Мустафа Ахмед Али Хюсеин Хасан Ибрахим Исмаил Осман Юсеин Реджеб Салих Сюлейман Халил "
    "Рамадан Бейхан Шенол Себахтин Ердинч Неджмедин Фикри Шукри Ертан Айхан Джейхан Невзат Мурад Ерол "
    "Илхан Кенан Метин Мюмюн Нури Решат Садък Сезгин Тунджай Февзи Хамди Байрам Адем Емин Зекерия "
    "Кемал Юмер"
)
BGTR_FEMALE = words(
    "Фатме Айше Емине Хатидже Зейнеб Сабрие Гюлсюм Незихе Неврие Мюмюне Севгюл Айтен Гюлай Айля "
    "Гюлбие Ерие Сениха Джемиле Нурие Мелек Селиме"
)
BGTR_FAMILY = words(
    "Мехмедов Мустафов Ахмедов Алиев Хюсеинов Хасанов Ибрахимов Исмаилов Османов Юсеинов Салиев "
    "Сюлейманов Халилов Рамаданов Шукриев Ибрямов Карамолла Кадиров Мурадов Реджебов Чаушев Топчу "
    "Емурлов Бейтулов Акифов Ферадов Мюмюнов Нуриев Хамдиев Сезгинов Ереджебов Шакиров Мехмедали "
    "Байрамов Дурмушев Кадиев Тахиров Зекиев Аптиев Белберов Кехайов Моллов Сабриев Юмеров Кязимов "
    "Феимов Чолаков"
)
# Bulgarian names imposed in 1984-89 ("Revival Process"); a few people still appear under them
BGTR_IMPOSED_MALE = words("Матей Методи Асен Борислав Орлин Пламен Росен Сашо Тихомир Юлиян")
BGTR_IMPOSED_FEMALE = ["Ангелина", "Бисерка", "Веселина", "Гюргена", "Донка", "Латинка", "Росица"]

# Migrants: spelling-variant groups. Latin variants roughly by frequency; Cyrillic variants as Bulgarian
# officers write them (empty: derived phonetically from the Latin spellings).
MIG_MALE: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed", "Mohammd", "Muhamad"),
        ("Мохамед", "Мохаммед", "Мухаммад", "Мохамад", "Мухамед"),
    ),
    (("Ahmad", "Ahmed", "Ahmet", "Achmed"), ("Ахмад", "Ахмед")),
    (("Ali",), ("Али",)),
    (
        ("Hussein", "Hussain", "Husain", "Hossein", "Hosein", "Husein", "Houssein"),
        ("Хюсеин", "Хусеин", "Хусейн"),
    ),
    (("Hassan", "Hasan", "Hasn"), ("Хасан",)),
    (("Omar", "Umar", "Omer"), ("Омар",)),
    (("Abdullah", "Abdallah", "Abdulla", "Abdala"), ("Абдула", "Абдулла")),
    (
        ("Abdulrahman", "Abdul Rahman", "Abdelrahman", "Abdurrahman", "Abdel Rahman", "Abd Al Rahman"),
        ("Абдулрахман", "Абдул Рахман"),
    ),
    (("Khaled", "Khalid", "Haled", "Chaled"), ("Халед", "Халид")),
    (("Youssef", "Yousef", "Yusuf", "Yousif", "Youssouf", "Iusuf", "Yosef"), ("Юсеф", "Юсуф")),
    (("Ibrahim", "Ebrahim", "Brahim", "Ibraheem"), ("Ибрахим",)),
    (("Mustafa", "Mostafa", "Moustafa", "Mustapha"), ("Мустафа",)),
    (("Mahmoud", "Mahmood", "Mahmud", "Mahmut"), ("Махмуд",)),
    (("Karim", "Kareem", "Carim"), ()),
    (("Rashid", "Rashed", "Rachid", "Rasheed"), ()),
    (("Samir", "Sameer"), ()),
    (("Walid", "Waleed", "Oualid"), ()),
    (("Tariq", "Tarek", "Tarik", "Tareq"), ()),
    (("Jamal", "Gamal", "Djamal", "Jamaal"), ()),
    (("Nasser", "Naser", "Nasir", "Nassir"), ()),
    (("Said", "Saeed", "Sayed", "Saied", "Sayid"), ()),
    (("Hamza", "Hamzah", "Hamsa"), ()),
    (("Bilal", "Belal"), ()),
    (("Zakaria", "Zakariya", "Zakariyya", "Zakarya"), ()),
    (("Yasin", "Yassin", "Yaseen", "Yacine"), ()),
    (("Amir", "Ameer"), ()),
    (("Reza", "Raza", "Rezza"), ()),
    (("Mehdi", "Mahdi", "Mehdy"), ()),
    (("Hamid", "Hameed", "Hamed"), ()),
    (("Javad", "Jawad", "Djavad"), ()),
    (("Farid", "Fareed", "Ferid"), ()),
    (("Ghulam", "Gholam", "Golam"), ()),
    (("Noor", "Nur", "Nour"), ()),
    (("Zabihullah", "Zabiullah", "Zabihollah"), ()),
    (("Naveed", "Navid", "Nawid"), ()),
    (("Imran", "Emran", "Imraan"), ()),
    (("Usman", "Osman", "Othman", "Uthman", "Usmaan"), ()),
    (("Sajjad", "Sajad", "Sadjad"), ()),
    (("Morteza", "Murtaza", "Mortaza"), ()),
    (("Ehsan", "Ihsan", "Ehsaan"), ()),
    (("Rahim", "Raheem", "Rahem"), ()),
    (("Nabil", "Nabeel"), ()),
    (("Younes", "Yunus", "Younis", "Younus", "Iunes"), ()),
    (("Mohsen", "Muhsin", "Mohsin"), ()),
    (("Waqas", "Waqaas", "Vakas"), ()),
    (("Shahid", "Shaheed", "Sahid"), ()),
    (("Anas", "Annas"), ()),
    (("Fadi", "Fady"), ()),
]
MIG_FEMALE: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("Fatima", "Fatma", "Fatemeh", "Fatimah"), ("Фатима", "Фатме")),
    (("Aisha", "Aysha", "Ayesha", "Aicha", "Aischa"), ()),
    (("Maryam", "Mariam", "Meryem", "Mariyam"), ()),
    (("Zainab", "Zeinab", "Zaynab", "Zenab"), ()),
    (("Khadija", "Khadidja", "Hadija", "Khadijah"), ()),
    (("Amina", "Aminah", "Ameena"), ()),
    (("Nour", "Noor", "Nur"), ()),
    (("Sara", "Sarah"), ()),
    (("Hanan", "Hanaan"), ()),
    (("Leila", "Layla", "Laila", "Leyla"), ()),
    (("Zahra", "Zehra", "Zahraa"), ()),
    (("Samira", "Sameera"), ()),
    (("Yasmin", "Yasmine", "Jasmin", "Yasmeen"), ()),
    (("Shirin", "Sherin", "Shireen"), ()),
    (("Nadia", "Nadiya", "Nadja"), ()),
]
# family-name roots; Arabic ones take the article in several writings
MIG_FAMILY: dict[str, list[tuple[tuple[str, ...], bool]]] = {
    "SY": [
        (("Ahmad", "Ahmed"), True),
        (("Hassan", "Hasan"), True),
        (("Hussein", "Husein"), True),
        (("Khalil", "Khaleel"), False),
        (("Haddad", "Hadad"), False),
        (("Darwish", "Darwich"), False),
        (("Mansour", "Mansur"), False),
        (("Saleh", "Salih", "Salah"), False),
        (("Abbas",), False),
        (("Hamdan",), False),
        (("Kurdi",), True),
        (("Sheikh", "Shaikh", "Cheikh"), True),
        (("Nasser", "Naser"), False),
        (("Omar",), True),
        (("Ali",), True),
        (("Khatib", "Hatib"), True),
        (("Masri",), True),
        (("Halabi",), True),
        (("Hamoud", "Hammoud"), False),
        (("Haj", "Hajj"), True),
        (("Hamwi",), True),
        (("Shami",), True),
        (("Najjar", "Nadjar"), True),
        (("Jaber", "Jabir"), False),
        (("Issa", "Eissa"), False),
        (("Qassem", "Kassem", "Qasim"), False),
        (("Rifai",), True),
        (("Zoubi", "Zubi"), True),
        (("Hariri",), True),
        (("Attar",), True),
        (("Sabbagh", "Sabag"), False),
        (("Suleiman", "Sulaiman", "Soliman"), False),
    ],
    "IQ": [
        (("Jubouri", "Jabouri", "Juburi"), True),
        (("Obaidi", "Ubaidi"), True),
        (("Tamimi",), True),
        (("Dulaimi", "Dulaymi"), True),
        (("Hussein", "Husain"), False),
        (("Abbas",), False),
        (("Kadhim", "Kazim", "Kathim"), False),
        (("Mahmoud", "Mahmood"), False),
        (("Rubaie",), True),
        (("Saadi", "Saedi"), True),
        (("Shammari", "Shamari"), True),
        (("Jabbar",), False),
        (("Khafaji",), True),
        (("Zubaidi",), True),
        (("Bayati",), True),
    ],
    "AF": [
        (("Ahmadi",), False),
        (("Hosseini", "Husseini", "Hussaini"), False),
        (("Rahimi",), False),
        (("Karimi",), False),
        (("Sultani",), False),
        (("Haidari", "Haidary", "Heydari"), False),
        (("Nazari",), False),
        (("Popal",), False),
        (("Safi",), False),
        (("Stanikzai", "Stanekzai"), False),
        (("Hashimi", "Hashemi"), False),
        (("Sadat",), False),
        (("Amiri",), False),
        (("Noori", "Nuri"), False),
        (("Mohammadi", "Muhammadi", "Mohamadi"), False),
        (("Khan",), False),
        (("Wardak",), False),
        (("Sahak",), False),
        (("Mangal",), False),
        (("Zadran",), False),
        (("Niazi",), False),
        (("Yousufzai", "Yusufzai"), False),
        (("Qaderi", "Qadiri", "Kaderi"), False),
        (("Jalali",), False),
        (("Azizi",), False),
        (("Wahidi", "Vahidi"), False),
    ],
    "PK": [
        (("Khan",), False),
        (("Ali",), False),
        (("Hussain", "Hussein", "Husain"), False),
        (("Butt", "Bhatt"), False),
        (("Malik",), False),
        (("Qureshi", "Kureshi", "Quraishi"), False),
        (("Chaudhry", "Chaudhary", "Choudhry"), False),
        (("Shah",), False),
        (("Iqbal", "Ikbal"), False),
        (("Akhtar", "Akhter"), False),
        (("Javed", "Javaid"), False),
        (("Raza",), False),
        (("Abbasi",), False),
        (("Mirza",), False),
        (("Aslam",), False),
        (("Rehman", "Rahman"), False),
        (("Anwar",), False),
        (("Saleem", "Salim"), False),
        (("Nawaz",), False),
        (("Bhatti",), False),
        (("Cheema",), False),
        (("Janjua",), False),
    ],
    "IR": [
        (("Ahmadi",), False),
        (("Mohammadi", "Mohamadi"), False),
        (("Hosseini", "Hoseini"), False),
        (("Rezaei", "Rezai", "Rezaie"), False),
        (("Karimi",), False),
        (("Jafari", "Jaafari"), False),
        (("Rahimi",), False),
        (("Moradi",), False),
        (("Hashemi",), False),
        (("Sadeghi", "Sadeqi"), False),
        (("Kazemi", "Kazimi"), False),
        (("Ebrahimi", "Ibrahimi"), False),
        (("Ghasemi", "Qasemi"), False),
    ],
    "MA": [
        (("Alaoui", "Alaui"), False),
        (("Amrani",), True),
        (("Benali", "Ben Ali"), False),
        (("Bouzid", "Bouzide"), False),
        (("Idrissi", "Idrisi"), True),
        (("Tazi",), False),
        (("Bennani", "Benani"), False),
        (("Berrada",), False),
        (("Fassi",), True),
        (("Chraibi",), False),
        (("Ouali", "Wali"), False),
        (("Ziani",), False),
        (("Mansouri", "Mansuri"), True),
        (("Benjelloun",), False),
        (("Lahlou",), False),
        (("Naciri", "Nasiri"), False),
        (("Ouardi", "Wardi"), True),
        (("Bakkali", "Bakali"), False),
    ],
    "DZ": [
        (("Benali",), False),
        (("Boudiaf",), False),
        (("Belkacem", "Belkasem"), False),
        (("Hamidi",), False),
        (("Mebarki",), False),
        (("Saidi", "Saaidi"), False),
        (("Bouzidi",), False),
        (("Haddad",), False),
    ],
}
MIG_NATIONALITY = [
    ("SY", 0.26),
    ("AF", 0.24),
    ("PK", 0.13),
    ("IQ", 0.12),
    ("IR", 0.08),
    ("MA", 0.11),
    ("DZ", 0.06),
]


# ----------------------------------------------------------------------------------------------------
# Transliteration
# ----------------------------------------------------------------------------------------------------
BG_OFFICIAL = dict(
    zip(
        "абвгдежзийклмнопрстуфхцчшщъьюя",
        words("a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya"),
        strict=True,
    )
)
BG_SCHEMES: dict[str, dict[str, str]] = {
    "official": BG_OFFICIAL,
    # Romanian officer by ear: ж j, ш ș, щ șt, ц ț, ч ci/c, ъ ă, й/ю/я i-
    "ro": {
        **BG_OFFICIAL,
        "ж": "j",
        "ш": "ș",
        "щ": "șt",
        "ц": "ț",
        "ч": "ci",
        "ъ": "ă",
        "й": "i",
        "ю": "iu",
        "я": "ia",
        "ь": "i",
    },
    # pre-2009 Bulgarian passports (French-influenced): Jeliazkov, Tzvetan, Iordan, Hristo
    "hist": {**BG_OFFICIAL, "ж": "j", "ц": "tz", "й": "i", "ю": "iu", "я": "ia"},
    # English/BGN-style: Khristo Zheliazkov
    "en": {**BG_OFFICIAL, "х": "kh", "ъ": "u", "я": "ia", "ю": "yu"},
    # French: Guéorgui, Tchavdar, Chterev, Khristo
    "fr": {
        **BG_OFFICIAL,
        "ж": "j",
        "ш": "ch",
        "щ": "cht",
        "ч": "tch",
        "у": "ou",
        "х": "kh",
        "й": "i",
        "ю": "iou",
        "я": "ia",
        "ь": "",
    },
    # German: Schiwkow, Zwetan, Tschawdar
    "de": {
        **BG_OFFICIAL,
        "в": "w",
        "ж": "sch",
        "ч": "tsch",
        "ц": "z",
        "ш": "sch",
        "щ": "schtsch",
        "й": "j",
        "ю": "ju",
        "я": "ja",
        "х": "ch",
        "з": "s",
    },
}
VOWELS_CYR = set("аеиоуъюяіїєыэ")


def _title(s: str) -> str:
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -'"
    return "".join(out)


@cache
def bg_latin(word: str, scheme: str) -> str:
    """Bulgarian Cyrillic word (title case) to Latin under a scheme."""
    table = BG_SCHEMES[scheme]
    w = word.lower()
    out: list[str] = []
    n = len(w)
    for i, ch in enumerate(w):
        nxt = w[i + 1] if i + 1 < n else ""
        if ch == "и" and nxt == "я" and (i + 2 == n or w[i + 2] in " -"):
            out.append("i")
            continue
        if ch == "я" and i > 0 and w[i - 1] == "и" and (i + 1 == n or nxt in " -"):
            out.append("a")
            continue
        if scheme == "ro" and ch in "гк" and nxt in "еи":
            out.append("gh" if ch == "г" else "ch")
            continue
        if scheme == "ro" and ch == "ч" and nxt in "еи":
            out.append("c")
            continue
        if scheme == "fr" and ch == "г" and nxt in "еи":
            out.append("gu")
            continue
        if scheme == "fr" and ch == "е" and i > 0 and w[i - 1] == "г":
            out.append("é")
            continue
        if (
            scheme in ("en", "official")
            and ch in "юя"
            and (i == 0 or w[i - 1] in VOWELS_CYR or w[i - 1] in " -")
        ):
            out.append("yu" if ch == "ю" else "ya")
            continue
        out.append(table.get(ch, ch))
    s = "".join(out)
    if scheme == "de":
        s = s[:-1] + "w" if s.endswith(("ov", "ev")) else s
    return _title(s)


RO_TO_CYR_RULES = [
    ("șt", "щ"),
    ("chea", "кя"),
    ("che", "ке"),
    ("chi", "ки"),
    ("ghe", "ге"),
    ("ghi", "ги"),
    ("cea", "ча"),
    ("cia", "ча"),
    ("ciu", "чу"),
    ("ce", "че"),
    ("ci", "чи"),
    ("gea", "джа"),
    ("gia", "джа"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ea", "я"),
    ("ia", "ия"),
    ("iu", "ю"),
    ("x", "кс"),
]
RO_TO_CYR_CHARS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzăâîșțşţ",
        "абкдефгхижклмнопкрстувукизъъъшцшц",
        strict=True,
    )
)
RO_TO_CYR_CHARS["x"] = "кс"


@cache
def ro_cyrillic(word: str) -> str:
    """Romanian name as a Bulgarian officer writes it in Cyrillic: Ștefan Щефан, Gheorghe Георге."""
    w = word.lower()
    out: list[str] = []
    i = 0
    n = len(w)
    while i < n:
        if (i == 0 or w[i - 1] in " -") and w.startswith(("io", "ia", "iu"), i):
            out.append({"io": "йо", "ia": "я", "iu": "ю"}[w[i : i + 2]])
            i += 2
            continue
        if w[i] == "i" and i > 0 and w[i - 1] in "aeiouăâî" and (i + 1 == n or w[i + 1] in " -"):
            out.append("й")
            i += 1
            continue
        for lat, cyr in RO_TO_CYR_RULES:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(RO_TO_CYR_CHARS.get(w[i], w[i]))
            i += 1
    return _title("".join(out))


LAT_TO_CYR_RULES = [
    ("sch", "ш"),
    ("kh", "х"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("gh", "г"),
    ("th", "т"),
    ("dh", "д"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("ph", "ф"),
    ("zh", "ж"),
    ("ts", "ц"),
    ("you", "ю"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "йо"),
    ("ye", "йе"),
    ("ja", "джа"),
    ("ss", "с"),
    ("mm", "мм"),
    ("aa", "а"),
]
LAT_TO_CYR_CHARS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzéçğışöüİ",
        "абкдефгхижклмнопкрстувукизечгъшоюи",
        strict=True,
    )
)
LAT_TO_CYR_CHARS.update({"j": "дж", "x": "кс", "ö": "ьо", "ğ": ""})


@cache
def latin_cyrillic(word: str) -> str:
    """Phonetic Latin (Arabic, Turkish, ...) to Bulgarian Cyrillic as an officer writes it by ear."""
    w = word.replace("İ", "I").lower()
    out: list[str] = []
    i = 0
    n = len(w)
    while i < n:
        if w[i] == "y" and (i + 1 == n or w[i + 1] not in "aeiouıöü"):
            out.append("и" if i + 1 == n or w[i + 1] in " -" else "й")
            i += 1
            continue
        for lat, cyr in LAT_TO_CYR_RULES:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(LAT_TO_CYR_CHARS.get(w[i], w[i]))
            i += 1
    return _title("".join(out).replace("йи", "и"))


UA_KMU = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        words("a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia _"),
        strict=True,
    )
)
UA_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        words("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"),
        strict=True,
    )
)
RU_ROMANIAN = {
    **RU_LATIN,
    "ж": "j",
    "х": "h",
    "ц": "ț",
    "ч": "ci",
    "ш": "ș",
    "щ": "șci",
    "й": "i",
    "ы": "î",
    "ю": "iu",
    "я": "ia",
    "ё": "io",
}


@cache
def ua_latin(word: str, scheme: str) -> str:
    """Ukrainian (KMU 2010 passport) or Russian-form (BGN / Romanian-style) Latin spelling."""
    w = word.lower()
    out: list[str] = []
    for i, ch in enumerate(w):
        start = i == 0 or w[i - 1] in " -"
        if scheme == "kmu":
            out.append(UA_KMU_INITIAL[ch] if start and ch in UA_KMU_INITIAL else UA_KMU.get(ch, ch))
        else:
            table = RU_ROMANIAN if scheme == "ro" else RU_LATIN
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if scheme == "ro" and ch == "г" and nxt in "еи":
                out.append("gh")
            elif ch == "е" and (start or w[i - 1] in "аеиоуъьюя"):
                out.append("ie" if scheme == "ro" else "ye")
            else:
                out.append(table.get(ch, ch))
    return _title("".join(out).replace("_", ""))


@cache
def ua_bg_cyrillic(word: str) -> str:
    """Ukrainian Cyrillic typed on a Bulgarian keyboard (no і, ї, є)."""
    return (
        word.replace("і", "и")
        .replace("ї", "йи")
        .replace("є", "е")
        .replace("І", "И")
        .replace("Є", "Е")
        .replace("ґ", "г")
        .replace("'", "")
    )


# Romanian diacritic renderings
CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
COMMA = str.maketrans("şţŞŢ", "șțȘȚ")


@cache
def strip_marks(s: str) -> str:
    s = s.replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def ro_diacritics(s: str, mode: str) -> str:
    if mode == "comma":
        return s.translate(COMMA)
    if mode == "cedilla":
        return s.translate(CEDILLA)
    return strip_marks(s)


# ----------------------------------------------------------------------------------------------------
# Identifiers, phones, plates, documents
# ----------------------------------------------------------------------------------------------------
CNP_W = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)
LNCH_W = (21, 19, 17, 13, 11, 9, 7, 3, 1)
RO_COUNTIES = words(
    "AB AR AG BC BH BN BT BV BR BZ CS CJ CT CV DB DJ GL GJ HR HD IL IS IF MM MH MS NT OT PH SM SJ SB "
    "SV TR TM TL VS VL VN"
)
# residence counties weighted to the Danube border and Bucharest
RO_COUNTY_POOL = Pool(
    [*RO_COUNTIES, "B", "CL", "GR"],
    [3 if c in ("CT", "DJ", "TR", "MH", "OT", "IF") else 1 for c in RO_COUNTIES] + [10, 4, 5],
)
RO_COUNTY_CODE = {c: f"{i + 1:02d}" for i, c in enumerate(RO_COUNTIES)} | {"B": "40", "CL": "51", "GR": "52"}
BG_PROVINCES = words("Е А В ВТ ВН ВР ЕВ ТХ К КН ОВ М РА РК ЕН РВ РР Р СС СН СМ СА СВ С СО СТ Т Х Н У")
BG_PROVINCE_POOL = Pool(
    BG_PROVINCES, [6 if p in ("Р", "В", "СА", "СВ", "С", "РВ", "ВН", "ВР", "СС") else 2 for p in BG_PROVINCES]
)
BG_SERIES = "АВКМНРСТХ"
LOOKALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
LATIN_TO_LOOKALIKE = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
RO_PLATE_LETTERS = "ABCDEFGHIJKLMNOPRSTUVWXYZ"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_cnp(rng: random.Random, y: int, m: int, d: int, sex: str, county: str, foreign: bool = False) -> str:
    century = 4 if y >= 2000 else 0
    s = (7 if sex == "M" else 8) if foreign else (1 if sex == "M" else 2) + century
    body = f"{s}{y % 100:02d}{m:02d}{d:02d}{RO_COUNTY_CODE[county]}{rng.randint(1, 999):03d}"
    r = sum(int(c) * w for c, w in zip(body, CNP_W, strict=True)) % 11
    return body + ("1" if r == 10 else str(r))


def make_egn(rng: random.Random, y: int, m: int, d: int, sex: str) -> str:
    mm = m + (40 if y >= 2000 else 0)
    third = rng.randrange(0, 10, 2) if sex == "M" else rng.randrange(1, 10, 2)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{rng.randint(0, 99):02d}{third}"
    return body + str(sum(int(c) * w for c, w in zip(body, EGN_W, strict=True)) % 11 % 10)


def make_lnch(rng: random.Random) -> str:
    body = digits(rng, 9)
    return body + str(sum(int(c) * w for c, w in zip(body, LNCH_W, strict=True)) % 10)


PHONE_CC = {
    "RO": "40",
    "BG": "359",
    "TR": "90",
    "UA": "380",
    "MD": "373",
    "SY": "963",
    "AF": "93",
    "PK": "92",
    "IQ": "964",
    "IR": "98",
    "MA": "212",
    "DZ": "213",
}


def make_phone(rng: random.Random, country: str) -> tuple[str, str]:
    """(country code, national significant number)."""
    if country == "RO":
        nsn = "7" + rng.choice("2234456789") + digits(rng, 7)
    elif country == "BG":
        nsn = rng.choice(("87", "88", "89", "98", "88", "89")) + digits(rng, 7)
    elif country == "TR":
        nsn = "5" + rng.choice("0345") + digits(rng, 8)
    elif country == "UA":
        nsn = rng.choice(("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98")) + digits(rng, 7)
    elif country == "MD":
        nsn = rng.choice(("6", "7")) + digits(rng, 7)
    elif country == "PK":
        nsn = "3" + digits(rng, 9)
    elif country in ("IQ", "IR"):
        nsn = rng.choice("79") + digits(rng, 9)
    else:
        nsn = rng.choice("679") + digits(rng, 8)
    return PHONE_CC[country], nsn


def render_phone(rng: random.Random, cc: str, nsn: str, source: str) -> str:
    home = (source == "RO" and cc == "40") or (source == "BG" and cc == "359")
    if home:
        fmt = choose(rng, [("nat", 0.62), ("nat_sp", 0.14), ("plus", 0.14), ("00", 0.05), ("bare", 0.05)])
    else:
        fmt = choose(rng, [("plus", 0.55), ("00", 0.2), ("plus_sp", 0.1), ("bare", 0.08), ("nat", 0.07)])
    if fmt == "nat":
        return "0" + nsn
    if fmt == "nat_sp":
        return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if fmt == "plus":
        return f"+{cc}{nsn}"
    if fmt == "plus_sp":
        return f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if fmt == "00":
        return f"00{cc}{nsn}"
    return cc + nsn


def make_ro_plate(rng: random.Random, county: str) -> tuple[str, ...]:
    num = f"{rng.randint(1, 99):02d}" if county != "B" or rng.random() < 0.6 else f"{rng.randint(100, 999)}"
    first = rng.choice(RO_PLATE_LETTERS.replace("I", "").replace("O", ""))
    return ("RO", county, num, first + rng.choice(RO_PLATE_LETTERS) + rng.choice(RO_PLATE_LETTERS))


def make_bg_plate(rng: random.Random, province: str) -> tuple[str, ...]:
    return ("BG", province, f"{rng.randint(1, 9999):04d}", rng.choice(BG_SERIES) + rng.choice(BG_SERIES))


def make_foreign_plate(rng: random.Random, country: str) -> tuple[str, ...]:
    letters = "ABCDEFGHJKLMNPRSTUVYZ"
    if country == "TR":
        return (
            "TR",
            f"{rng.choice((34, 34, 6, 35, 16, 22, 59, 39, 41, 1, 27, 42)):02d}",
            "".join(rng.choice(letters) for _ in range(rng.choice((1, 2, 3)))),
            str(rng.randint(100, 9999)),
        )
    if country == "UA":
        return (
            "UA",
            rng.choice(("AA", "BH", "KA", "AI", "BI", "BO", "CE", "AX")),
            f"{rng.randint(1, 9999):04d}",
            rng.choice("ABEKMHOPCTX") + rng.choice("ABEKMHOPCTX"),
        )
    return ("MD", "".join(rng.choice(letters) for _ in range(3)), f"{rng.randint(1, 999):03d}")


def render_plate(rng: random.Random, plate: tuple[str, ...], source: str) -> str:
    kind, parts = plate[0], plate[1:]
    if kind == "BG":
        if source == "BG":
            cyr = rng.random() < 0.72
            sep = choose(rng, [(" ", 0.55), ("", 0.4), ("-", 0.05)])
            txt = sep.join(parts)
            if not cyr:
                txt = txt.translate(LOOKALIKE)
            elif rng.random() < 0.06:  # keyboard layout switched mid-plate
                txt = txt[:2].translate(LOOKALIKE) + txt[2:]
        else:
            sep = choose(rng, [("", 0.55), (" ", 0.3), ("-", 0.12)])
            txt = sep.join(parts).translate(LOOKALIKE)
            if rng.random() < 0.04:  # copied from a Bulgarian document, still Cyrillic
                txt = sep.join(parts)
        return txt
    sep = choose(rng, [("", 0.45), (" ", 0.42), ("-", 0.13)])
    txt = sep.join(parts)
    if source == "BG" and rng.random() < 0.2:  # typed on a Bulgarian Cyrillic keyboard
        txt = txt.translate(LATIN_TO_LOOKALIKE)
    return txt


RO_ID_SERIES = words("RX RT RD RR DX DP GG GZ TZ KX KZ MX MZ SV VS XB XR XT IF IL TR CT DJ GL")


def make_document(rng: random.Random, country: str) -> str:
    """A document number as printed (spaces removed); id cards and passports."""
    if country == "RO":
        return rng.choice(RO_ID_SERIES) + digits(rng, 6) if rng.random() < 0.7 else "05" + digits(rng, 7)
    if country == "BG":
        return ("64" if rng.random() < 0.65 else "38") + digits(rng, 7)
    if country == "TR":
        return "U" + digits(rng, 8)
    if country == "UA":
        return (
            rng.choice(("FA", "FB", "FC", "EK", "EH", "FE")) + digits(rng, 6)
            if rng.random() < 0.6
            else "00" + digits(rng, 7)
        )
    if country == "MD":
        return rng.choice(("AB", "BA", "AC")) + digits(rng, 7)
    if country == "SY":
        return "N" + digits(rng, 9)
    if country == "PK":
        return rng.choice(("AB", "BD", "CR", "DE")) + digits(rng, 7)
    if country == "AF":
        return "P" + digits(rng, 8)
    return rng.choice("ABGK") + digits(rng, 8)


# ----------------------------------------------------------------------------------------------------
# Noise
# ----------------------------------------------------------------------------------------------------
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS: dict[str, str] = {}
for _row_i, _row in enumerate(QWERTY):
    for _j, _c in enumerate(_row):
        NEIGHBOURS[_c] = (_row[_j - 1] if _j else "") + (_row[_j + 1] if _j + 1 < len(_row) else "")
CYR_LETTERS = "абвгдежзийклмнопрстуфхцчшщъюя"
OCR = {
    "O": "0",
    "0": "O",
    "I": "1",
    "1": "I",
    "B": "8",
    "8": "B",
    "S": "5",
    "5": "S",
    "E": "F",
    "M": "N",
    "N": "M",
    "U": "V",
    "V": "U",
    "D": "O",
    "G": "C",
    "C": "G",
    "H": "N",
    "Z": "2",
    "2": "Z",
    "L": "I",
    "A": "4",
    "T": "I",
}


def typo(rng: random.Random, s: str) -> str:
    if len(s) < 3:
        return s
    i = rng.randrange(1, len(s))
    op = rng.random()
    ch = s[i]
    if op < 0.35:
        lo = ch.lower()
        if lo in NEIGHBOURS:
            rep = rng.choice(NEIGHBOURS[lo])
        elif lo in CYR_LETTERS:
            rep = rng.choice(CYR_LETTERS)
        elif lo.isdigit():
            rep = rng.choice("0123456789")
        else:
            return s[:i] + s[i + 1 :]
        return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1 :]
    if op < 0.6:
        return s[:i] + s[i + 1 :]
    if op < 0.8:
        return s[:i] + ch + s[i:]
    return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :]


def ocr(rng: random.Random, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c in OCR]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + OCR[s[i]] + s[i + 1 :]


def typo_id(rng: random.Random, s: str) -> str:
    i = rng.randrange(len(s) - 1)
    if rng.random() < 0.5:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + str((int(s[i]) + rng.choice((1, 2, 8, 9))) % 10) + s[i + 1 :]


DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_date(y: int, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return d <= DAYS[m - 1] + (1 if m == 2 and leap else 0)


def typo_date(rng: random.Random, y: int, m: int, d: int) -> tuple[int, int, int]:
    r = rng.random()
    if r < 0.3 and d <= 12 and d != m:
        y2, m2, d2 = y, d, m
    elif r < 0.55:
        y2, m2, d2 = y + rng.choice((-1, 1, -10, 10)), m, d
    elif r < 0.85:
        y2, m2, d2 = y, m, d + rng.choice((-1, 1, -10, 10, 9, -9))
    else:
        y2, m2, d2 = y, m + rng.choice((-1, 1)), d
    return (y2, m2, d2) if valid_date(y2, m2, d2) else (y, m, d)


# ----------------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------------
class Person:
    __slots__ = (
        "alt_family",
        "birth",
        "county",
        "declared",
        "doc_scheme",
        "docs",
        "family",
        "father_given",
        "given",
        "given2",
        "imposed",
        "k",
        "middle",
        "mig_pref",
        "nat",
        "nat_alt",
        "nid",
        "nid_kind",
        "p_ro",
        "phones",
        "pid",
        "plate_rate",
        "plates",
        "pop",
        "province",
        "sex",
        "share_phone",
    )

    def __init__(self, pid: int, pop: str, sex: str, birth: tuple[int, int, int]) -> None:
        self.pid = pid
        self.pop = pop
        self.sex = sex
        self.birth = birth
        self.given = ""
        self.given2 = ""
        self.middle = ""
        self.family = ""
        self.alt_family = ""
        self.father_given = ""
        self.imposed: tuple[str, str] | None = None
        self.mig_pref: dict[str, str] = {}
        self.declared: list[tuple[int, int, int]] = []
        self.nat = ""
        self.nat_alt = ""
        self.nid = ""
        self.nid_kind = ""
        self.docs: list[str] = []
        self.doc_scheme = "official"
        self.phones: list[tuple[str, str]] = []
        self.share_phone: tuple[str, str] | None = None
        self.plates: list[tuple[str, ...]] = []
        self.plate_rate = 0.0
        self.k = 1
        self.p_ro = 0.5
        self.county = "B"
        self.province = "С"


def bg_patronymic(father: str, sex: str) -> str:
    if father in BG_PATRONYMIC_EXCEPTIONS:
        m = BG_PATRONYMIC_EXCEPTIONS[father]
    elif father.endswith("ър"):
        m = father[:-2] + "ров"
    elif father.endswith("й"):
        m = father[:-1] + "ев"
    elif father.endswith(("и", "я")):
        m = father[:-1] + "иев"
    elif father.endswith(("о", "а", "е")):
        m = father[:-1] + "ов"
    else:
        m = father + "ов"
    return m if sex == "M" else m + "а"


def bg_female(family: str) -> str:
    if family.endswith(("ов", "ев", "ин")):
        return family + "а"
    if family.endswith("ски"):
        return family[:-1] + "а"
    return family


POPULATIONS = [
    ("RO", 0.34),
    ("BG", 0.31),
    ("BGTR", 0.06),
    ("MD", 0.05),
    ("UA", 0.05),
    ("TR", 0.08),
    ("MIG", 0.11),
]
# share of a population's records written by the Romanian side
P_RO_SOURCE = {"RO": 0.68, "BG": 0.32, "BGTR": 0.35, "MD": 0.62, "UA": 0.45, "TR": 0.45, "MIG": 0.45}
MALE_SHARE = {"RO": 0.78, "BG": 0.78, "BGTR": 0.8, "MD": 0.7, "UA": 0.35, "TR": 0.97, "MIG": 0.82}


class Names:
    def __init__(self) -> None:
        ro_tail = [s + suf for s in RO_STEMS for suf in RO_SUFFIXES]
        self.ro_male = zipf(RO_MALE, 0.9, 3)
        self.ro_female = zipf(RO_FEMALE, 0.9, 3)
        self.ro_family = zipf(RO_FAMILY + ro_tail, 0.85, 6)
        self.ro_roma_male = zipf(RO_ROMA_MALE, 0.8, 2)
        self.ro_roma_female = zipf(RO_ROMA_FEMALE, 0.8, 2)
        self.ro_roma_family = zipf(RO_ROMA_FAMILY, 0.7, 2)
        self.bg_male = zipf(BG_MALE, 1.0, 3)
        self.bg_female = zipf(BG_FEMALE, 0.9, 3)
        bg_tail = [bg_patronymic(g, "M") for g in BG_MALE] + [s[:-2] + "ски" for s in BG_FAMILY_STEMS[::3]]
        self.bg_family = zipf(BG_FAMILY + BG_FAMILY_STEMS + bg_tail, 0.85, 5)
        self.bg_roma_male = zipf(BG_ROMA_MALE, 0.8, 2)
        self.bg_roma_female = zipf(BG_ROMA_FEMALE, 0.8, 2)
        self.bg_roma_family = zipf(BG_ROMA_FAMILY, 0.7, 2)
        self.bgtr_male = zipf(BGTR_MALE, 0.9, 2)
        self.bgtr_female = zipf(BGTR_FEMALE, 0.9, 2)
        self.bgtr_family = zipf(BGTR_FAMILY, 0.8, 2)
        self.md_male = zipf(MD_MALE, 0.9, 2)
        self.md_female = zipf(MD_FEMALE, 0.9, 2)
        self.md_family = zipf(MD_FAMILY, 0.8, 3)
        self.ua_male = zipf(range(len(UA_MALE)), 0.9, 2)
        self.ua_female = zipf(range(len(UA_FEMALE)), 0.9, 2)
        self.ua_family = zipf(UA_FAMILY, 0.8, 3)
        self.tr_male = zipf(TR_MALE, 0.9, 2)
        self.tr_female = zipf(TR_FEMALE, 0.9, 2)
        self.tr_family = zipf(TR_FAMILY, 0.8, 2)
        self.mig_male = zipf(range(len(MIG_MALE)), 0.9, 3)
        self.mig_female = zipf(range(len(MIG_FEMALE)), 0.9, 2)
        self.mig_family = {c: zipf(range(len(v)), 0.8, 2) for c, v in MIG_FAMILY.items()}
        self.pops = Pool([p for p, _ in POPULATIONS], [w for _, w in POPULATIONS])
        self.mig_nat = Pool([c for c, _ in MIG_NATIONALITY], [w for _, w in MIG_NATIONALITY])


def birth_year(rng: random.Random, pop: str) -> int:
    if pop == "MIG":
        return min(2008, max(1960, int(rng.gauss(1994, 10))))
    if pop == "TR":
        return min(2003, max(1955, int(rng.gauss(1980, 9))))
    return min(2007, max(1940, int(rng.gauss(1983, 13))))


def random_birth(rng: random.Random, pop: str) -> tuple[int, int, int]:
    y = birth_year(rng, pop)
    m = rng.randint(1, 12)
    return (y, m, rng.randint(1, DAYS[m - 1]))


def record_count(rng: random.Random, pop: str) -> int:
    r = rng.random()
    if r < 0.5:
        k = 1
    elif r < 0.93:
        k = 2 + int(rng.expovariate(0.55))
    else:
        k = 4 + int(rng.paretovariate(1.3) * 2)
    if pop in ("TR", "MIG") and rng.random() < 0.3:
        k += rng.randint(1, 3)
    return min(k, 60)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = Names()
        self.people: list[Person] = []
        self.fleet: list[tuple[str, ...]] = []
        self.smuggling: list[tuple[str, ...]] = []

    # -- person construction -------------------------------------------------------------------------
    def new_person(
        self, pop: str, sex: str | None = None, birth: tuple[int, int, int] | None = None
    ) -> Person:
        rng = self.rng
        if sex is None:
            sex = "M" if rng.random() < MALE_SHARE[pop] else "F"
        p = Person(len(self.people), pop, sex, birth or random_birth(rng, pop))
        self.people.append(p)
        p.k = record_count(rng, pop)
        p.county = RO_COUNTY_POOL.pick(rng)
        p.province = BG_PROVINCE_POOL.pick(rng)
        base = P_RO_SOURCE[pop]
        r = rng.random()
        if pop in ("RO", "BG", "BGTR", "MD") and r < 0.3:
            p.p_ro = 0.97 if base > 0.5 else 0.03  # mostly seen at home
        else:
            p.p_ro = min(0.95, max(0.05, base + rng.uniform(-0.2, 0.2)))
        getattr(self, "init_" + pop.lower())(p)
        self.init_contacts(p)
        return p

    def documents(self, country: str, n: int) -> list[str]:
        return [make_document(self.rng, country) for _ in range(n)]

    def init_ro(self, p: Person, roma: bool | None = None) -> None:
        rng, nm = self.rng, self.names
        roma = rng.random() < 0.1 if roma is None else roma
        if roma:
            p.given = (nm.ro_roma_male if p.sex == "M" else nm.ro_roma_female).pick(rng)
            p.family = p.family or nm.ro_roma_family.pick(rng)
        else:
            p.given = (nm.ro_male if p.sex == "M" else nm.ro_female).pick(rng)
            p.family = p.family or nm.ro_family.pick(rng)
            if rng.random() < 0.15:
                g2 = (nm.ro_male if p.sex == "M" else nm.ro_female).pick(rng)
                p.given2 = g2 if g2 != p.given and "-" not in g2 else ""
        p.father_given = p.father_given or nm.ro_male.pick(rng)
        p.nat = "RO"
        p.nid_kind = "CNP"
        y, m, d = p.birth
        p.nid = make_cnp(rng, y, m, d, p.sex, p.county)
        p.docs = self.documents("RO", 1 + (rng.random() < 0.5) + (rng.random() < 0.2))
        p.plate_rate = 0.0 if y > 2006 else 0.45

    def init_md(self, p: Person) -> None:
        rng, nm = self.rng, self.names
        p.given = (nm.md_male if p.sex == "M" else nm.md_female).pick(rng)
        p.family = nm.md_family.pick(rng)
        p.father_given = nm.md_male.pick(rng)
        p.nat = "MD"
        if rng.random() < 0.6:  # dual citizen with a Romanian identity card and CNP
            p.nat_alt = "RO"
            y, m, d = p.birth
            p.nid = make_cnp(rng, y, m, d, p.sex, p.county)
            p.nid_kind = "CNP"
            p.docs = [make_document(rng, "RO"), make_document(rng, "MD")]
        else:
            p.docs = [make_document(rng, "MD")]
        if rng.random() < 0.2:
            p.imposed = (MD_RUSSIAN.get(p.given, p.given), "")
        p.plate_rate = 0.35

    def init_bg(self, p: Person, roma: bool | None = None) -> None:
        rng, nm = self.rng, self.names
        roma = rng.random() < 0.1 if roma is None else roma
        if roma:
            p.given = (nm.bg_roma_male if p.sex == "M" else nm.bg_roma_female).pick(rng)
            fam = nm.bg_roma_family.pick(rng)
        else:
            p.given = (nm.bg_male if p.sex == "M" else nm.bg_female).pick(rng)
            fam = nm.bg_family.pick(rng)
        if not p.family:
            p.family = fam if p.sex == "M" else bg_female(fam)
        p.father_given = p.father_given or (nm.bg_roma_male if roma else nm.bg_male).pick(rng)
        p.middle = bg_patronymic(p.father_given, p.sex)
        self.bg_ids(p)

    def bg_ids(self, p: Person) -> None:
        rng = self.rng
        p.nat = "BG"
        p.nid_kind = "EGN"
        p.nid = make_egn(rng, *p.birth, p.sex)
        p.docs = self.documents("BG", 1 + (rng.random() < 0.5) + (rng.random() < 0.2))
        p.doc_scheme = "official" if rng.random() < 0.8 else "hist"
        p.plate_rate = 0.0 if p.birth[0] > 2006 else 0.45

    def init_bgtr(self, p: Person) -> None:
        rng, nm = self.rng, self.names
        p.given = (nm.bgtr_male if p.sex == "M" else nm.bgtr_female).pick(rng)
        fam = nm.bgtr_family.pick(rng)
        p.family = fam if p.sex == "M" else bg_female(fam)
        p.father_given = nm.bgtr_male.pick(rng)
        p.middle = bg_patronymic(p.father_given, p.sex) if rng.random() < 0.7 else p.father_given
        self.bg_ids(p)
        if p.birth[0] < 1985 and rng.random() < 0.15:
            imposed = rng.choice(BGTR_IMPOSED_MALE if p.sex == "M" else BGTR_IMPOSED_FEMALE)
            p.imposed = (
                imposed,
                bg_female("Иванов") if p.sex == "F" else rng.choice(("Иванов", "Стоянов", "Асенов")),
            )
        if rng.random() < 0.1:
            p.nat_alt = "TR"

    def init_ua(self, p: Person) -> None:
        rng, nm = self.rng, self.names
        if p.sex == "M":
            p.given = str(nm.ua_male.pick(rng))
        else:
            p.given = str(nm.ua_female.pick(rng))
        fi = nm.ua_male.pick(rng)
        p.father_given = str(fi)
        p.middle = UA_MALE[fi][2] if p.sex == "M" else UA_MALE[fi][3]
        p.family = nm.ua_family.pick(rng)
        p.nat = "UA"
        p.docs = self.documents("UA", 1 + (rng.random() < 0.4))
        r = rng.random()
        y, m, d = p.birth
        if r < 0.45:  # temporary protection in Bulgaria
            p.nid, p.nid_kind = make_lnch(rng), "LNCH"
        elif r < 0.75:  # temporary protection in Romania
            p.nid, p.nid_kind = make_cnp(rng, y, m, d, p.sex, p.county, foreign=True), "CNP"
        p.plate_rate = 0.25

    def init_tr(self, p: Person) -> None:
        rng, nm = self.rng, self.names
        p.given = (nm.tr_male if p.sex == "M" else nm.tr_female).pick(rng)
        p.family = nm.tr_family.pick(rng)
        p.father_given = nm.tr_male.pick(rng)
        p.nat = "TR"
        p.docs = self.documents("TR", 1 + (rng.random() < 0.3))
        if rng.random() < 0.12:
            p.nid, p.nid_kind = make_lnch(rng), "LNCH"
        p.plate_rate = 0.7 if p.sex == "M" else 0.1

    def init_mig(self, p: Person, nat: str | None = None) -> None:
        rng, nm = self.rng, self.names
        p.nat = nat or nm.mig_nat.pick(rng)
        p.given2 = ""
        p.mig_pref = {}
        gi = (nm.mig_male if p.sex == "M" else nm.mig_female).pick(rng)
        p.given = f"{'m' if p.sex == 'M' else 'f'}{gi}"
        if p.sex == "M" and p.nat in ("PK", "AF") and gi != 0 and rng.random() < 0.3:
            p.given2 = p.given
            p.given = "m0"  # Muhammad Imran
        p.father_given = f"m{nm.mig_male.pick(rng)}"
        p.middle = p.father_given
        fams = nm.mig_family[p.nat]
        if p.nat == "AF" and rng.random() < 0.35:
            p.family = ""  # no family name: father's name stands in for it
        else:
            p.family = f"{p.nat}:{fams.pick(rng)}"
        for key in (p.given, p.given2, p.father_given, p.family):
            if key:
                p.mig_pref[key] = self.mig_variant(key, preferred=True)
        y = p.birth[0]
        if rng.random() < 0.35:
            p.birth = (y, 1, 1)
        p.declared = [p.birth]
        if rng.random() < 0.25:
            p.declared.append((y + rng.choice((-1, 1, -2)), 1, 1))
        p.docs = [make_document(rng, p.nat)] if rng.random() < 0.45 else []
        r = rng.random()
        if r < 0.35:
            p.nid, p.nid_kind = make_lnch(rng), "LNCH"
        elif r < 0.5:
            p.nid, p.nid_kind = make_cnp(rng, *p.birth, p.sex, p.county, foreign=True), "CNP"
        p.plate_rate = 0.0

    def mig_variant(self, key: str, preferred: bool = False, cyr: bool = False) -> str:
        rng = self.rng
        if key[0] in "mf":
            table = MIG_MALE if key[0] == "m" else MIG_FEMALE
            lat, cyrs = table[int(key[1:])]
            article = False
        else:
            nat, idx = key.split(":")
            lat, article = MIG_FAMILY[nat][int(idx)]
            cyrs = ()
        if cyr:
            if cyrs and rng.random() < 0.8:
                return rng.choice(cyrs)
            name = latin_cyrillic(lat[0] if rng.random() < 0.6 else rng.choice(lat))
            return ("Ал " if article and rng.random() < 0.5 else "") + name
        if preferred or rng.random() < 0.55:
            weights = [1.0 / (i + 1) ** 1.2 for i in range(len(lat))]
            name = choose(rng, list(zip(lat, weights, strict=True)))
        else:
            name = rng.choice(lat)
        if article:
            a = choose(rng, [("Al-", 0.4), ("Al ", 0.2), ("Al", 0.1), ("El-", 0.08), ("", 0.22)])
            name = a + (name.lower() if a == "Al" else name)
        return name

    def init_contacts(self, p: Person) -> None:
        rng = self.rng
        home = {"RO": "RO", "BG": "BG", "BGTR": "BG", "MD": "MD", "UA": "UA", "TR": "TR"}.get(p.pop, "")
        n = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
        for _ in range(n):
            if p.pop == "MIG":
                c = choose(rng, [(p.nat, 0.4), ("BG", 0.3), ("RO", 0.15), ("TR", 0.15)])
            elif p.pop in ("MD", "UA"):
                c = choose(rng, [(home, 0.5), ("RO", 0.3), ("BG", 0.2)])
            else:
                c = home
            p.phones.append(make_phone(rng, c))
        if p.pop in ("RO", "MD") or (p.pop == "UA" and rng.random() < 0.5):
            plate = (
                make_ro_plate(rng, p.county)
                if p.pop == "RO" or rng.random() < 0.5
                else make_foreign_plate(rng, p.pop)
            )
            p.plates = [plate]
        elif p.pop in ("BG", "BGTR"):
            p.plates = [make_bg_plate(rng, p.province)]
        elif p.pop == "UA":
            p.plates = [make_foreign_plate(rng, "UA")]
        elif p.pop == "TR":
            p.plates = [
                rng.choice(self.fleet) if self.fleet and rng.random() < 0.6 else make_foreign_plate(rng, "TR")
                for _ in range(1 + (rng.random() < 0.5) + (rng.random() < 0.3))
            ]
            self.fleet.extend(p.plates)
        if p.plates and p.pop != "TR" and rng.random() < 0.15:
            p.plates.append(
                make_ro_plate(rng, p.county) if p.plates[0][0] == "RO" else make_bg_plate(rng, p.province)
            )

    # -- families ---------------------------------------------------------------------------------------
    def household(self, head: Person) -> None:
        rng = self.rng
        pop = head.pop
        members = [head]
        y = head.birth[0]
        if head.sex == "M" and y < 1995 and rng.random() < 0.5:  # spouse
            sp = self.new_person(pop, "F", random_birth(rng, pop))
            sp.birth = (min(2005, y + rng.randint(-2, 6)), sp.birth[1], sp.birth[2])
            self.refresh_ids(sp)
            sp.alt_family = sp.family
            sp.family = head.family if pop in ("RO", "MD") else bg_female(head.family)
            members.append(sp)
        if y < 1980 and rng.random() < 0.45:  # son
            son_birth = (y + rng.randint(22, 34), rng.randint(1, 12), rng.randint(1, 28))
            son = self.new_person(pop, "M", son_birth)
            son.family = head.family if head.sex == "M" else head.alt_family or head.family
            if head.sex == "M":
                self.name_son(head, son)
            members.append(son)
            if rng.random() < 0.06:  # twin
                twin = self.new_person(pop, choose(rng, [("M", 0.6), ("F", 0.4)]), son.birth)
                twin.family = (
                    son.family if twin.sex == "M" else bg_female(son.family) if pop != "RO" else son.family
                )
                twin.father_given = son.father_given
                if pop != "RO":
                    twin.middle = bg_patronymic(twin.father_given, twin.sex)
                members.append(twin)
        if pop == "BG" and head.sex == "M" and y > 1965 and rng.random() < 0.2:
            # grandfather: the head carries the patronymic from him, the head's son will carry his name
            gf = self.new_person(pop, "M", (y - rng.randint(24, 32), rng.randint(1, 12), rng.randint(1, 28)))
            gf.given = head.father_given
            gf.family = head.family
            gf.father_given = head.given if rng.random() < 0.5 else gf.father_given
            gf.middle = bg_patronymic(gf.father_given, "M")
            members.append(gf)
        phone = head.phones[0] if head.phones else None
        for mb in members[1:]:
            if phone and rng.random() < 0.5:
                mb.share_phone = phone
            if head.plates and rng.random() < 0.4:
                mb.plates = head.plates[:1] + mb.plates
            mb.county, mb.province = head.county, head.province

    def name_son(self, father: Person, son: Person) -> None:
        rng = self.rng
        son.father_given = father.given
        if son.pop == "BG":
            if rng.random() < 0.35:
                son.given = father.father_given  # named after the grandfather
            son.middle = bg_patronymic(father.given, "M")
        elif son.pop == "RO" and rng.random() < 0.2:
            son.given = father.given

    def refresh_ids(self, p: Person) -> None:
        y, m, d = p.birth
        if p.nid_kind == "CNP" and p.nid:
            p.nid = make_cnp(self.rng, y, m, d, p.sex, p.county, foreign=p.nid[0] in "789")
        elif p.nid_kind == "EGN":
            p.nid = make_egn(self.rng, y, m, d, p.sex)

    def mig_group(self, head: Person) -> None:
        """Brothers travelling together: same father and family name, declared birth dates."""
        rng = self.rng
        for _ in range(rng.randint(1, 2)):
            b = self.new_person("MIG", "M")
            b.nat = head.nat
            self.init_mig(b, head.nat)
            b.father_given = b.middle = head.father_given
            b.family = head.family
            b.birth = (head.birth[0] + rng.randint(-4, 4), 1, 1) if rng.random() < 0.6 else b.birth
            b.declared = [b.birth]
            if head.phones and rng.random() < 0.5:
                b.share_phone = head.phones[0]
            for key in (b.father_given, b.family):
                if key and key in head.mig_pref:
                    b.mig_pref[key] = head.mig_pref[key]

    def build(self, n_records: int) -> None:
        rng = self.rng
        total = 0
        while total < n_records:
            start = len(self.people)
            pop = self.names.pops.pick(rng)
            head = self.new_person(pop)
            if pop in ("RO", "BG", "BGTR", "MD") and rng.random() < 0.3:
                self.household(head)
            elif pop == "MIG" and head.sex == "M" and rng.random() < 0.2:
                self.mig_group(head)
            for p in self.people[start:]:
                if p.nid_kind in ("CNP", "EGN"):
                    self.refresh_ids(p)
                total += p.k
        excess = total - n_records  # trim the last group (a household can overshoot by several people)
        while excess > 0:
            last = self.people[-1]
            cut = min(excess, last.k)
            last.k -= cut
            excess -= cut
            if last.k == 0:
                self.people.pop()
        n_events = max(1, n_records // 250)
        self.smuggling = [
            make_bg_plate(rng, BG_PROVINCE_POOL.pick(rng))
            if rng.random() < 0.5
            else make_ro_plate(rng, RO_COUNTY_POOL.pick(rng))
            for _ in range(n_events)
        ]

    # -- records ----------------------------------------------------------------------------------------
    def render_token(self, p: Person, tok: str, src: str, sub: str, mode: str, scheme: str) -> str:
        """One name token of person p, written by system src/sub. mode: script/diacritic style."""
        rng = self.rng
        pop = p.pop
        if pop in ("BG", "BGTR"):
            if mode == "cyr":
                return tok
            lat = bg_latin(tok, scheme)
            return lat if mode == "comma" else ro_diacritics(lat, mode)
        if pop in ("RO", "MD"):
            if mode == "cyr":
                return ro_cyrillic(tok)
            return ro_diacritics(tok, mode)
        if pop == "TR":
            if mode == "cyr":
                return latin_cyrillic(tok)
            if mode == "tr":
                return tok
            if mode == "comma":
                return tok.translate(COMMA)
            return strip_marks(tok)
        if pop == "UA":
            return tok
        # migrants
        if mode == "cyr":
            return self.mig_variant(tok, cyr=True)
        if sub == "border" or rng.random() < 0.5:
            return p.mig_pref.get(tok) or self.mig_variant(tok)
        return self.mig_variant(tok)

    def ua_token(self, tok: str, kind: str, p: Person, mode: str, scheme: str) -> str:
        if kind == "given":
            if p.sex == "M":
                ukr, rus = UA_MALE[int(tok)][0], UA_MALE[int(tok)][1]
            else:
                ukr, rus = UA_FEMALE[int(tok)]
        else:
            ukr, rus = tok, tok.replace("і", "и").replace("ї", "йи").replace("є", "е")
        if mode == "cyr":
            return ua_bg_cyrillic(ukr) if scheme == "kmu" else rus
        if scheme == "kmu":
            return ua_latin(ukr, "kmu")
        lat = ua_latin(rus, scheme)
        return lat if mode == "comma" else ro_diacritics(lat, mode)

    def record(self, p: Person, src: str, rid: str) -> list[str]:
        rng = self.rng
        pop = p.pop
        home = (src == "RO" and pop in ("RO", "MD")) or (src == "BG" and pop in ("BG", "BGTR"))
        sub = "border" if rng.random() < (0.35 if pop not in ("TR", "MIG") else 0.55) else "police"
        if pop == "MIG" and rng.random() < 0.5:
            sub = "border" if rng.random() < 0.5 else "asylum"
        # --- how this system writes names
        scheme = "official"
        if sub == "border":
            mode = "none"
            scheme = p.doc_scheme
            if pop == "TR":
                mode = "strip"
            upper = True
        else:
            upper = rng.random() < (0.45 if src == "RO" else 0.3)
            if src == "BG":
                cyr_p = {"BG": 0.85, "BGTR": 0.85, "RO": 0.2, "MD": 0.3, "UA": 0.6, "TR": 0.35, "MIG": 0.4}[
                    pop
                ]
                if rng.random() < cyr_p:
                    mode = "cyr"
                else:
                    mode = "none" if pop != "TR" else "tr"
                    scheme = p.doc_scheme if pop in ("BG", "BGTR") else "kmu"
            else:
                mode = choose(rng, [("comma", 0.5), ("cedilla", 0.15), ("none", 0.35)])
                if pop in ("BG", "BGTR"):
                    scheme = (
                        p.doc_scheme
                        if rng.random() < 0.5
                        else choose(
                            rng,
                            [
                                ("ro", 0.5),
                                ("official", 0.2),
                                ("en", 0.12),
                                ("fr", 0.08),
                                ("hist", 0.06),
                                ("de", 0.04),
                            ],
                        )
                    )
                elif pop == "TR":
                    mode = choose(rng, [("tr", 0.35), ("strip", 0.5), ("comma", 0.15)])
            if pop == "UA" and mode != "cyr":
                scheme = choose(rng, [("kmu", 0.7), ("ro", 0.2), ("rus", 0.1)])
            elif pop == "UA":
                scheme = "kmu" if rng.random() < 0.7 else "rus"
        if pop == "UA" and sub == "border":
            scheme = "kmu"

        given_tok, family_tok, middle_tok = p.given, p.family, p.middle
        if p.imposed and rng.random() < 0.35:
            given_tok, family_tok = p.imposed[0], p.imposed[1] or family_tok
        if p.alt_family and rng.random() < 0.3:
            family_tok = p.alt_family
            if pop == "RO" and rng.random() < 0.3:
                family_tok = p.family + "-" + p.alt_family

        if pop == "UA":
            given = self.ua_token(given_tok, "given", p, mode, scheme)
            family = self.ua_token(family_tok, "family", p, mode, scheme)
            middle = self.ua_token(middle_tok, "family", p, mode, scheme)
        else:
            given = self.render_token(p, given_tok, src, sub, mode, scheme)
            family = self.render_token(p, family_tok, src, sub, mode, scheme) if family_tok else ""
            middle = self.render_token(p, middle_tok, src, sub, mode, scheme) if middle_tok else ""

        # second given names
        if p.given2:
            g2 = self.render_token(p, p.given2, src, sub, mode, scheme)
            r = rng.random()
            if r < 0.45:
                given = f"{given} {g2}" if pop == "MIG" or rng.random() < 0.6 else f"{given}-{g2}"
            elif r < 0.65 and not middle:
                middle = g2
            elif r < 0.75:
                given = g2

        # what each system keeps in the middle field
        if pop in ("BG", "BGTR", "UA"):
            keep = 0.85 if (src == "BG" and sub == "police") else 0.55 if sub == "border" else 0.35
            if rng.random() >= keep:
                middle = ""
        elif pop == "MIG":
            if rng.random() >= (0.55 if sub == "asylum" else 0.3):
                middle = ""
            if not family:
                r = rng.random()
                if r < 0.5 and p.father_given:
                    family = self.render_token(p, p.father_given, src, sub, mode, scheme)
                    if rng.random() < 0.7:
                        middle = ""
        elif (
            pop in ("RO", "MD") and src == "RO" and sub == "police" and rng.random() < RO_FATHER_INITIAL_SHARE
        ):
            middle = strip_marks(p.father_given[0]) + "."

        # female surnames written in the male form by the other country's officer
        if p.sex == "F" and pop in ("BG", "BGTR") and src == "RO" and rng.random() < 0.06:
            for suf in ("ova", "eva", "ska", "ina"):
                if family.lower().endswith(suf):
                    family = family[:-1] if suf != "ska" else family[:-1] + "i"
                    break

        if upper:
            given, middle, family = given.upper(), middle.upper(), family.upper()
        # noise
        if sub == "border":
            if rng.random() < 0.02:
                given = ocr(rng, given)
            if rng.random() < 0.02:
                family = ocr(rng, family)
            typo_p = 0.012
        else:
            typo_p = 0.05 if pop not in ("MIG", "TR") else 0.065
        if rng.random() < typo_p:
            given = typo(rng, given)
        if rng.random() < typo_p:
            family = typo(rng, family)
        if middle and rng.random() < typo_p:
            middle = typo(rng, middle)
        if sub != "border" and rng.random() < 0.05:
            given, family = family, given

        # birth date
        if pop == "MIG":
            y, m, d = p.declared[0] if len(p.declared) == 1 or rng.random() < 0.6 else rng.choice(p.declared)
        else:
            y, m, d = p.birth
        r = rng.random()
        if r < (0.03 if sub != "border" else 0.005):
            y, m, d = typo_date(rng, y, m, d)
        missing_dob = {"police": 0.06, "border": 0.01, "asylum": 0.08}[sub]
        birth = "" if rng.random() < missing_dob else f"{y:04d}-{m:02d}-{d:02d}"
        sex = "" if rng.random() < (0.06 if sub == "police" else 0.01) else p.sex
        if sex and rng.random() < 0.003:
            sex = "F" if sex == "M" else "M"

        # national identifier
        nid = ""
        if p.nid:
            issuer = "RO" if p.nid_kind == "CNP" else "BG"
            at_home = issuer == src
            keep = (0.8 if sub == "police" else 0.88) if at_home else (0.5 if sub == "border" else 0.3)
            if rng.random() < keep:
                nid = p.nid if rng.random() > 0.02 else typo_id(rng, p.nid)

        # travel/identity document
        doc = ""
        if p.docs and rng.random() < {"border": 0.92, "police": 0.45, "asylum": 0.6}[sub]:
            di = 0 if len(p.docs) == 1 or rng.random() < 0.6 else rng.randrange(len(p.docs))
            doc = p.docs[di]
            if sub == "border" and rng.random() < 0.015:
                doc = ocr(rng, doc)
            elif rng.random() < 0.015:
                doc = typo(rng, doc)
            if sub == "police" and doc[:2].isalpha() and rng.random() < 0.3:
                doc = doc[:2] + " " + doc[2:]

        # nationality
        nat = p.nat
        if p.nat_alt and rng.random() < 0.4:
            nat = p.nat_alt
        if pop == "MIG" and rng.random() < 0.05:
            nat = choose(rng, MIG_NATIONALITY)
        if rng.random() < (0.08 if sub == "police" else 0.01):
            nat = ""

        # phone
        phone = ""
        if rng.random() < {"police": 0.5, "border": 0.12, "asylum": 0.45}[sub]:
            if p.share_phone and rng.random() < 0.5:
                cc, nsn = p.share_phone
            elif p.phones:
                cc, nsn = p.phones[0] if rng.random() < 0.65 else rng.choice(p.phones)
            else:
                cc, nsn = "", ""
            if nsn:
                phone = render_phone(rng, cc, nsn, src)
                if rng.random() < 0.01:
                    phone = typo(rng, phone)

        # vehicle
        plate = ""
        if pop == "MIG":
            if rng.random() < 0.1:
                plate = render_plate(rng, rng.choice(self.smuggling), src)
        elif p.plates and rng.random() < p.plate_rate:
            pl = p.plates[0] if len(p.plates) == 1 or rng.random() < 0.5 else rng.choice(p.plates)
            plate = render_plate(rng, pl, src)
            if rng.random() < 0.01:
                plate = typo(rng, plate)
        if not home and pop not in ("MIG",) and not plate and p.plates and rng.random() < 0.15:
            plate = render_plate(rng, p.plates[0], src)  # crossing the border by car

        return [rid, src, given, middle, family, birth, sex, nid, doc, nat, phone, plate]

    def records(self, width: int) -> Iterator[tuple[list[str], int]]:
        """Records in random order (one slot per record, shuffled), generated lazily to keep memory low."""
        rng = self.rng
        slots = array("i")
        for p in self.people:
            slots.extend([p.pid] * p.k)
        rng.shuffle(slots)
        for i, pid in enumerate(slots):
            p = self.people[pid]
            src = "RO" if rng.random() < p.p_ro else "BG"
            yield self.record(p, src, f"R{i + 1:0{width}d}"), pid


def generate(n: int, out_csv: str, truth_csv: str, seed: int) -> None:
    gen = Generator(seed)
    gen.build(n)
    width = max(7, len(str(n)))
    with (
        open(out_csv, "w", encoding="utf-8", newline="") as fo,
        open(truth_csv, "w", encoding="utf-8", newline="") as ft,
    ):
        wo, wt = csv.writer(fo), csv.writer(ft)
        wo.writerow(COLUMNS)
        wt.writerow(["record_id", "person_id"])
        for row, pid in gen.records(width):
            wo.writerow(row)
            wt.writerow([row[0], f"P{pid + 1:0{width}d}"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of records")
    ap.add_argument("out", help="output records CSV")
    ap.add_argument("--truth", required=True, help="output truth CSV (record_id,person_id)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    generate(args.n, args.out, args.truth, args.seed)


if __name__ == "__main__":
    main()
