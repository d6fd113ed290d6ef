"""Generator D: synthetic person records of a joint Romanian-Bulgarian police / border database.

Usage: python benchmarks/linkage/generate_d.py N OUT.csv --truth TRUTH.csv --seed S

Writes N records (UTF-8 CSV, columns record_id, source, given_name, middle_name, family_name,
birth_date, sex, national_id, document_number, nationality, phone, vehicle_plate) in random order,
and a truth file record_id,person_id. Deterministic for a seed; standard library plus python-stdnum.

What is modelled, and why
=========================
The picture is the caseload of the migrant-smuggling and cross-border-crime desks on both sides of the
Danube: the Romanian system (source RO: Border Police / IGPR) and the Bulgarian one (source BG:
MoI / Border Police). The same people are registered again and again - at every interception, every
check at Giurgiu-Ruse or Vama Veche, every hearing - by different officers in different systems.

Population (share of persons)
  * Bulgarian citizens 33 % (about one in nine with Turkish-root names: Мехмед Юсеинов Али...),
    Romanian citizens 30 %, Moldovans 4 % (a third also hold Romanian passports, so their nationality
    flips between MD and RO), Ukrainians 3 %, Turkish citizens 5 % (drivers, TIR traffic, smugglers).
  * Third-country migrants 25 %: Syria, Afghanistan, Iraq, Pakistan, Morocco, Iran, Bangladesh, Egypt,
    Algeria, Tunisia, in roughly the order of Frontex Western-Balkan / Eastern-Med detections.
  Name frequencies are Zipf-like over fixed pools (Georgi/Ivan and Ivanov/Georgiev lead in Bulgaria,
  Ion/Popescu in Romania, Mohammed in every Muslim country), so common-name collisions - two
  "Иван Иванов" born the same year - grow with the size of the file as they do in reality.

Records per person
  Skewed: 45 % of persons have one record, 22 % two, 12 % three ... and 2 % (repeat offenders,
  organisers, professional drivers) 11-25. The mean is about 2.5 records per person. Half of the
  nationals (a quarter of the migrants) are local cases that stay in one country's files; for the
  others the system depends on nationality (a Bulgarian is registered mostly in Bulgaria, 70 %);
  migrants move along the BG -> RO route and are split evenly. About a third of persons with more than
  one record appear in both systems. Inside one system, later records are often (35 %) copied from
  the person's earlier entry (same spelling, same ids), which is how case-management systems work, and
  40 % of a home national's records in the home system are filled from the population register (DEPABD
  / GRAO: canonical spelling, CNP/EGN, birth date); across the border the record is keyed in again
  from documents or from the person's statement. 1.5 % of records are explicit re-imports (double
  entry); together with copies and simple names, about 15 % of records are field-for-field identical
  to another record of the same person.

Names
  * Bulgarians: given name, patronymic (father's name + -ов/-ев, -ова/-ева for women) and family
    name (female forms -ова/-ева/-ска). In the BG system mostly Cyrillic, patronymic usually filled.
    In the RO system Latin: the spelling in the person's passport (the 2009 Transliteration Act for
    newer documents, an older "Jeliazkov/Stoichkov" style for documents issued before) when copied
    from a document; otherwise as the officer hears it: Romanian-style (Gheorghi, Jivkov, Țvetan,
    Ciavdar), official, French-style (Tchavdar, Guéorgui without the accent, Stoyanoff), German-style
    (Schiwkow, Zwetan) or English/Russian-style (Khristo, Zheliazkov). The patronymic is often dropped
    or put into the given name field in Romania, which has no patronymic.
  * Romanians: diacritics in the correct comma-below encoding, the legacy cedilla encoding
    (Windows-1250 era software) or none; double given names (Ana-Maria, Ion Cătălin) written with a
    hyphen, a space, split into middle_name or shortened to one; married women with the maiden name
    in old records or a hyphenated double surname. In the BG system in Latin from the ID card or in
    Bulgarian Cyrillic (Щефан Ницу, Попеску).
  * Migrants: every Arabic / Persian / Pashto / Urdu / Turkish name has the transliteration
    variants actually seen on registration forms (Mohammed, Muhammad, Mohamed, Mohamad, Mouhamad;
    Hossein/Hussein/Husein; Al-Khatib/Alkhatib/El Khatib...), Cyrillic renderings in the BG system,
    the father's name in middle_name or standing in for a missing family name (Afghans), and
    swapped given / family names. Migrants without a passport declare a birth date; about half of
    them are registered as 1 January of the declared year (7 % of all birth dates in the file end
    in -01-01), and the declared year differs by one in 10 % of registrations (age claims around 18).
    Only a minority carry a passport (15 % of Afghans, about half of Syrians, Pakistanis, Moroccans).
  * Everybody: typing errors (about 3 % of name fields), OCR confusions (rn/m, l/I, c/e; under 1 %),
    records typed all in capitals (7-8 %; MRZ-derived ones also without diacritics), given and family
    name swapped (3 % for Bulgarian/Romanian names, 5 % Moldovan/Ukrainian/Turkish, 7 % migrants').
Identifiers
  * CNP (valid check digit, sex/century digit, birth date, county) for Romanians and, with 7/8/9
    leading digit, for foreigners with a Romanian residence; EGN (century month offset, sex parity)
    for Bulgarians; LNCh for foreigners registered in Bulgaria (asylum seekers get one). Present in
    roughly 80 % of home-system records and 35-45 % of the other side's records; about 3 % are
    mistyped (a wrong or transposed digit). The birth date and sex of the record agree with the
    identifier unless the record itself has an error.
  * Document numbers (Bulgarian ID card / passport, Romanian "XX 123456" ID card series, foreign
    passports) in various spacing; phones in national, +CC and 00CC writings with spacing
    variants; Bulgarian plates in Cyrillic (often with Latin look-alike letters mixed in by keyboard
    layout), Latin, with spaces or dashes; Romanian, Moldovan, Ukrainian and Turkish plates.
  * Birth date missing in ~8 % of nationals' records and ~20 % of migrants' records; day/month
    swaps and wrong digits in ~2 %.
Hard negatives
  About 15 % of persons are created in households: father and son (or grandfather and grandson in
  Bulgaria, named after the grandfather) with the same given and family name; twins (same birth date,
  same surname and patronymic, consecutive EGN/CNP serials); siblings; spouses (Bulgarian wife with
  the female form of the husband's surname). Relatives share phones and cars.

Calibration (realism parameters only, no adversarial tricks): plain Splink
(benchmarks/linkage/plain_splink.py) scores pairwise F1 0.81-0.82 on 100,000 records (seeds 2, 3:
precision 0.83-0.84, recall 0.80, cross-border recall 0.62-0.63). Name pools are fixed, so precision
falls as N grows. 1,000,000 records take about 30 s and under 300 MB to generate. Migrants travel in groups: members of a group often give the same phone number (the
  smuggler's or a relative's) and are recorded with the plate of the vehicle they were caught in.
"""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import time

from stdnum.bg import egn as bg_egn
from stdnum.bg import pnf as bg_pnf
from stdnum.ro import cnp as ro_cnp


# ---------------------------------------------------------------------------------------------
# weighted choice
# ---------------------------------------------------------------------------------------------
class W:
    """Weighted choice with a precomputed cumulative table."""

    __slots__ = ("cum", "items", "tot")

    def __init__(self, items, weights=None, zipf=None):
        self.items = list(items)
        if weights is None:
            s = 1.0 if zipf is None else zipf
            weights = (
                [1.0 / (i + 1) ** s for i in range(len(self.items))]
                if zipf is not None
                else [1.0] * len(self.items)
            )
        cum, t = [], 0.0
        for w in weights:
            t += w
            cum.append(t)
        self.cum, self.tot = cum, t

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def wpick(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for item, w in pairs:
        r -= w
        if r < 0:
            return item
    return pairs[-1][0]


# ---------------------------------------------------------------------------------------------
# name data
# ---------------------------------------------------------------------------------------------
# fmt: off
BG_MALE = [  # given name : patronymic / derived surname (male form); roughly by frequency
    ("Георги", "Георгиев"), ("Иван", "Иванов"), ("Димитър", "Димитров"), ("Николай", "Николаев"),
    ("Петър", "Петров"), ("Христо", "Христов"), ("Стефан", "Стефанов"), ("Йордан", "Йорданов"),
    ("Тодор", "Тодоров"), ("Васил", "Василев"), ("Александър", "Александров"), ("Атанас", "Атанасов"),
    ("Красимир", "Красимиров"), ("Пламен", "Пламенов"), ("Стоян", "Стоянов"), ("Ангел", "Ангелов"),
    ("Никола", "Николов"), ("Илия", "Илиев"), ("Кирил", "Кирилов"), ("Михаил", "Михайлов"),
    ("Живко", "Живков"), ("Цветан", "Цветанов"), ("Младен", "Младенов"), ("Борис", "Борисов"),
    ("Валентин", "Валентинов"), ("Асен", "Асенов"), ("Любомир", "Любомиров"), ("Веселин", "Веселинов"),
    ("Росен", "Росенов"), ("Емил", "Емилов"), ("Милен", "Миленов"), ("Станислав", "Станиславов"),
    ("Мартин", "Мартинов"), ("Калоян", "Калоянов"), ("Жельо", "Желев"), ("Пенчо", "Пенчев"),
    ("Радослав", "Радославов"), ("Тончо", "Тончев"), ("Марин", "Маринов"), ("Петко", "Петков"),
    ("Коста", "Костов"), ("Янко", "Янков"), ("Славчо", "Славчев"), ("Кольо", "Колев"),
    ("Чавдар", "Чавдаров"), ("Ивайло", "Ивайлов"), ("Цанко", "Цанков"), ("Златко", "Златков"),
    ("Денчо", "Денчев"), ("Вълчо", "Вълчев"), ("Щерьо", "Щерев"), ("Жеко", "Жеков"),
    ("Даниел", "Даниелов"), ("Симеон", "Симеонов"), ("Явор", "Яворов"), ("Захари", "Захариев"),
    ("Юлиан", "Юлианов"), ("Богдан", "Богданов"), ("Лазар", "Лазаров"), ("Христиан", "Христианов"),
]
BG_TURK_MALE = [
    ("Мехмед", "Мехмедов"), ("Ахмед", "Ахмедов"), ("Али", "Алиев"), ("Хасан", "Хасанов"),
    ("Юсеин", "Юсеинов"), ("Ибрахим", "Ибрахимов"), ("Мустафа", "Мустафов"), ("Исмаил", "Исмаилов"),
    ("Осман", "Османов"), ("Сюлейман", "Сюлейманов"), ("Байрям", "Байрямов"), ("Шабан", "Шабанов"),
    ("Реджеб", "Реджебов"), ("Сали", "Салиев"), ("Рамадан", "Рамаданов"),
]
BG_FEMALE = [
    "Мария", "Иванка", "Елена", "Йорданка", "Пенка", "Даниела", "Десислава", "Цветелина", "Галина",
    "Стефка", "Радка", "Надежда", "Снежана", "Виолета", "Гергана", "Невена", "Юлия", "Станка",
    "Валентина", "Анна", "Николина", "Мариана", "Силвия", "Росица", "Петя", "Теодора", "Златка",
    "Женя", "Ралица", "Христина", "Екатерина", "Виктория", "Симона", "Антоанета", "Красимира",
    "Величка", "Веселина", "Жанета", "Цветанка", "Славка",
]
BG_TURK_FEMALE = ["Айше", "Фатме", "Емине", "Хатидже", "Севгюл", "Гюлшен", "Зейнеб", "Неждет", "Сабрие", "Шенай"]
BG_OTHER_FAMILY = [
    "Попов", "Колев", "Желязков", "Русев", "Ковачев", "Павлов", "Добрев", "Славов", "Кръстев",
    "Маринов", "Костов", "Цветков", "Шишков", "Великов", "Янков", "Жеков", "Чакъров", "Щерев",
    "Цанков", "Златев", "Радев", "Калчев", "Митев", "Ненов", "Станков", "Събев", "Стойчев", "Генов",
    "Дончев", "Минчев", "Трифонов", "Стойков", "Андреев", "Киров", "Пашов", "Гочев", "Грозев",
    "Бонев", "Делчев", "Душков", "Кацаров", "Пашовски", "Дечевски", "Маджарски", "Чолаков",
    "Бъчваров", "Гьошев", "Кюркчиев", "Хаджиев", "Томов",
]


def bg_fem(fam: str) -> str:
    if fam.endswith("ски") or fam.endswith("цки"):
        return fam[:-1] + "а"
    if fam.endswith(("ов", "ев", "ин")):
        return fam + "а"
    return fam


# family names: the patronymic-derived ones interleaved with the others, Zipf-weighted
_fam = []
for i in range(max(len(BG_MALE), len(BG_OTHER_FAMILY))):
    if i < len(BG_MALE):
        _fam.append(BG_MALE[i][1])
    if i < len(BG_OTHER_FAMILY):
        _fam.append(BG_OTHER_FAMILY[i])
W_BG_MALE = W(BG_MALE, zipf=0.9)
W_BG_FEMALE = W(BG_FEMALE, zipf=0.9)
W_BG_FAM = W(_fam, zipf=0.85)
W_BG_TMALE = W(BG_TURK_MALE, zipf=0.8)
W_BG_TFEMALE = W(BG_TURK_FEMALE, zipf=0.8)
W_BG_TFAM = W([p for _, p in BG_TURK_MALE], zipf=0.8)

RO_MALE = [
    "Ion", "Gheorghe", "Constantin", "Vasile", "Alexandru", "Nicolae", "Mihai", "Andrei", "Ștefan",
    "Florin", "Marian", "Adrian", "Daniel", "Cristian", "Ionuț", "Bogdan", "Costel", "Dumitru",
    "Petru", "Marius", "Cătălin", "Răzvan", "Sorin", "Gabriel", "Lucian", "Valentin", "Viorel",
    "Eugen", "Ovidiu", "Laurențiu", "Petrică", "Sebastian", "Robert", "Nicușor", "Florentin",
    "Cosmin", "Iulian", "Liviu", "Tudor", "Radu", "Aurel", "Fănel", "Dănuț", "Mircea", "Ciprian",
]
RO_FEMALE = [
    "Maria", "Elena", "Ioana", "Ana", "Mihaela", "Andreea", "Gabriela", "Cristina", "Daniela",
    "Alexandra", "Florentina", "Georgiana", "Nicoleta", "Ionela", "Alina", "Ramona", "Simona",
    "Mirela", "Rodica", "Violeta", "Lăcrămioara", "Ștefania", "Larisa", "Oana", "Roxana", "Bianca",
    "Denisa", "Mariana", "Luminița", "Petruța",
]
RO_FAMILY = [
    "Popescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu",
    "Ionescu", "Rusu", "Constantin", "Mihai", "Munteanu", "Florea", "Marin", "Lungu", "Tudor", "Ion",
    "Dinu", "Moldovan", "Dobre", "Nistor", "Barbu", "Nițu", "Preda", "Anghel", "Cristea", "Enache",
    "Sârbu", "Ștefan", "Toma", "Vasile", "Manea", "Neagu", "Dragomir", "Oprea", "Bălan", "Șerban",
    "Mocanu", "Țurcanu", "Voicu", "Mircea", "Ene", "Lazăr", "Coman", "Croitoru", "Zamfir", "Iordache",
    "Cojocaru", "Nedelcu", "Păun", "Buzatu", "Tănase", "Diaconu", "Petrescu", "Roman", "Surdu",
    "Costache", "Neacșu", "Ilie", "Văduva", "Andrei", "Grigore", "Niță", "Dumitrescu", "Țiganu",
    "Căldăraru", "Lăutaru", "Mușat", "Bănică", "Tănăsescu", "Ghiță", "Stănescu",
]
W_RO_MALE = W(RO_MALE, zipf=0.85)
W_RO_FEMALE = W(RO_FEMALE, zipf=0.85)
W_RO_FAM = W(RO_FAMILY, zipf=0.75)

# Moldovan names: Latin variants (first = usual passport form)
MD_MALE = [
    ["Ion", "Ioan"], ["Serghei", "Sergiu", "Sergei", "Serghey"], ["Vitalie", "Vitali", "Vitalii"],
    ["Nicolae", "Nicolai"], ["Oleg"], ["Igor", "Igori"], ["Dumitru", "Dmitri"],
    ["Andrei", "Andrey"], ["Vladimir", "Vladimer"], ["Alexandru", "Aleksandr", "Alexandr"],
    ["Victor", "Viktor"], ["Vasile", "Vasilii", "Vasili"], ["Gheorghe", "Gheorghi", "Georgii"],
    ["Iurie", "Iurii", "Yuri", "Yurii"], ["Veaceslav", "Viaceslav", "Vyacheslav"], ["Mihail", "Mihai"],
]
MD_FEMALE = [
    ["Maria"], ["Natalia", "Natalya"], ["Tatiana", "Tatyana"], ["Elena", "Olena"], ["Olga"],
    ["Svetlana"], ["Ana", "Anna"], ["Irina"], ["Valentina"], ["Ludmila", "Liudmila", "Lyudmila"],
]
MD_FAMILY = [
    ["Rusu"], ["Ceban", "Cheban", "Ciban"], ["Ciobanu"], ["Lungu"], ["Cojocari", "Cojocaru", "Kojokari"],
    ["Munteanu", "Muntean"], ["Țurcan", "Turcan", "Tsurkan"], ["Rotari", "Rotaru"], ["Bivol", "Bivoli"],
    ["Guțu", "Gutu", "Gutsu"], ["Popa"], ["Sârbu", "Sîrbu", "Sirbu"], ["Cebotari", "Ciobotari", "Chebotari"],
    ["Moraru"], ["Ursu"], ["Railean", "Railyan"], ["Melnic", "Melnik"], ["Grosu"], ["Botnari", "Botnaru"],
    ["Lupașcu", "Lupascu"], ["Plămădeală", "Plamadeala"], ["Prodan"], ["Țâcu", "Tacu", "Tsyku"],
]
W_MD_MALE = W(MD_MALE, zipf=0.8)
W_MD_FEMALE = W(MD_FEMALE, zipf=0.8)
W_MD_FAM = W(MD_FAMILY, zipf=0.7)

# Ukrainian: (Cyrillic, Latin variants; first = passport KMU-2010 form)
UA_MALE = [
    ("Олександр", ["Oleksandr", "Aleksandr", "Alexandr", "Oleksandru", "Olexandr"]),
    ("Сергій", ["Serhii", "Serhiy", "Sergey", "Serghei", "Sergii"]),
    ("Володимир", ["Volodymyr", "Vladimir", "Volodimir"]),
    ("Микола", ["Mykola", "Nikolai", "Mikola", "Nicolai"]),
    ("Андрій", ["Andrii", "Andriy", "Andrei", "Andrey"]),
    ("Дмитро", ["Dmytro", "Dmitro", "Dmitri", "Dmitrii"]),
    ("Юрій", ["Yurii", "Iurii", "Yuriy", "Yuri"]),
    ("Віктор", ["Viktor", "Victor"]), ("Іван", ["Ivan"]), ("Олег", ["Oleh", "Oleg"]),
    ("Василь", ["Vasyl", "Vasili", "Vasile", "Vasil"]), ("Петро", ["Petro", "Petru"]),
]
UA_FEMALE = [
    ("Олена", ["Olena", "Elena", "Olena"]), ("Наталія", ["Nataliia", "Natalia", "Nataliya", "Natalya"]),
    ("Тетяна", ["Tetiana", "Tatiana", "Tetyana", "Tatyana"]), ("Ірина", ["Iryna", "Irina"]),
    ("Оксана", ["Oksana"]), ("Юлія", ["Yuliia", "Iulia", "Yulia", "Julia"]), ("Марія", ["Mariia", "Maria"]),
]
UA_FAMILY = [
    ("Шевченко", ["Shevchenko", "Sevcenco", "Șevcenco", "Schewtschenko"]),
    ("Коваленко", ["Kovalenko", "Covalenco"]), ("Бондаренко", ["Bondarenko", "Bondarenco"]),
    ("Ткаченко", ["Tkachenko", "Tcacenco", "Tkacenko"]), ("Кравченко", ["Kravchenko", "Cravcenco"]),
    ("Мельник", ["Melnyk", "Melnic", "Melnik"]), ("Бойко", ["Boiko", "Boyko", "Boico"]),
    ("Ковальчук", ["Kovalchuk", "Covalciuc", "Kovalciuk"]), ("Шевчук", ["Shevchuk", "Sevciuc"]),
    ("Поліщук", ["Polishchuk", "Polisciuc", "Polishuk"]), ("Лисенко", ["Lysenko", "Lisenko", "Lîsenco"]),
    ("Савченко", ["Savchenko", "Savcenco"]), ("Руденко", ["Rudenko", "Rudenco"]),
    ("Мороз", ["Moroz"]), ("Кушнір", ["Kushnir", "Cușnir", "Kusnir"]),
]
W_UA_MALE = W(UA_MALE, zipf=0.8)
W_UA_FEMALE = W(UA_FEMALE, zipf=0.8)
W_UA_FAM = W(UA_FAMILY, zipf=0.7)

TR_MALE = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Ömer", "Yusuf",
           "Osman", "Emre", "Recep", "Halil", "Kemal", "Fatih", "İsmail", "Ramazan", "Erdoğan", "Süleyman"]
TR_FEMALE = ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Gülsüm", "Özlem"]
TR_FAMILY = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
             "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
             "Şimşek", "Polat", "Erdoğan", "Güneş", "Aktaş"]
W_TR_MALE = W(TR_MALE, zipf=0.8)
W_TR_FEMALE = W(TR_FEMALE, zipf=0.8)
W_TR_FAM = W(TR_FAMILY, zipf=0.7)

# Migrant names as transliteration-variant lists, first = most frequent written form
AR_MALE = [
    ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed", "Mouhamad", "Mohamd"],
    ["Ahmad", "Ahmed", "Ahmet", "Ahmat"], ["Ali", "Aly"], ["Omar", "Umar", "Omer", "Oumar"],
    ["Khaled", "Khalid", "Haled", "Halid", "Khalled"], ["Hassan", "Hasan", "Hassen"],
    ["Hussein", "Husein", "Hussain", "Hossein", "Houssein", "Husain"],
    ["Abdullah", "Abdallah", "Abdulla", "Abdula", "Abdellah"], ["Mahmoud", "Mahmud", "Mahmood", "Mahmod"],
    ["Mustafa", "Mostafa", "Moustafa", "Mustapha"], ["Youssef", "Yousef", "Yusuf", "Youssif", "Yosef", "Jusuf"],
    ["Ibrahim", "Ibraheem", "Brahim", "Ebrahim"], ["Karim", "Kareem", "Kerim"], ["Samir", "Sameer"],
    ["Walid", "Waleed", "Oualid"], ["Tarek", "Tariq", "Tarik", "Tarak"], ["Rami", "Ramy"], ["Bilal", "Belal"],
    ["Hamza", "Hamzah", "Hamze"], ["Amir", "Ameer", "Emir"], ["Jamal", "Gamal", "Djamel", "Jamel"],
    ["Abdulrahman", "Abdul Rahman", "Abdelrahman", "Abderrahmane", "Abdalrahman"],
    ["Saleh", "Salih", "Saleh"], ["Anas"], ["Firas", "Feras"], ["Bashar", "Bachar"], ["Ayman", "Aiman", "Eyman"],
    ["Yassin", "Yasin", "Yaseen", "Yacine"], ["Zakaria", "Zakariya", "Zakariyya"], ["Adel", "Adil", "Aadel"],
]
AR_FEMALE = [
    ["Fatima", "Fatma", "Fatime", "Fatimah"], ["Aisha", "Aicha", "Aysha", "Aischa"], ["Maryam", "Mariam", "Meryem", "Mariem"],
    ["Zainab", "Zeinab", "Zaynab", "Zineb"], ["Noor", "Nour", "Nur"], ["Amina", "Aminah", "Emina"], ["Hala"],
    ["Rania", "Ranya"], ["Layla", "Leila", "Laila", "Leyla"], ["Sara", "Sarah"], ["Rasha", "Racha"],
]
AR_FAMILY = [
    ["Al-Ahmad", "Al Ahmad", "Alahmad", "El Ahmad", "Ahmad"], ["Al-Hassan", "Alhassan", "Al Hasan", "El Hassan"],
    ["Al-Ali", "Alali", "Al Ali"], ["Al-Khatib", "Alkhatib", "El Khatib", "Al Khateeb", "Khatib"],
    ["Hamdan", "Hamdane"], ["Haddad", "Hadad"], ["Al-Hussein", "Alhussein", "Al Hussain", "Hussein"],
    ["Al-Mohammad", "Almohammad", "Al Mohamad", "Mohammad"], ["Al-Jasim", "Aljassem", "Al Jassim", "Jasem"],
    ["Khalil", "Khalel", "Halil"], ["Al-Abdullah", "Alabdallah", "Abdullah"], ["Darwish", "Darwich", "Derviş"],
    ["Al-Saleh", "Alsaleh", "Saleh"], ["Othman", "Osman", "Uthman", "Osmane"], ["Al-Obaidi", "Alobaidi", "Al Ubaidi"],
    ["Al-Jubouri", "Al Jabouri", "Aljbouri", "Al-Juburi"], ["Al-Dulaimi", "Aldulaimi", "Al Dulaymi"],
    ["Kurdi", "Al-Kurdi"], ["Abbas", "Abas"], ["Qasim", "Kassem", "Kasem", "Qassem"], ["Mansour", "Mansur", "Mansoor"],
    ["Nasser", "Naser", "Nasir"], ["Suleiman", "Sulaiman", "Souleiman", "Sleiman"], ["Hamoud", "Hammoud", "Hamud"],
]
MA_FAMILY = [
    ["El Amrani", "Elamrani", "Amrani"], ["Benali", "Ben Ali"], ["El Idrissi", "Idrissi", "Elidrissi"],
    ["Bouazza", "Bouaza"], ["Belkacem", "Belkassem"], ["El Mansouri", "Mansouri"], ["Benchekroun"],
    ["Ait Ali", "Aitali"], ["Ouahbi", "Wahbi"], ["Bouzid", "Bouzide"], ["Chaoui", "Chaui"], ["Zeroual", "Zerual"],
]
AF_MALE = [
    ["Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mohamed"], ["Ahmad", "Ahmed"], ["Abdul Rahman", "Abdulrahman", "Abdurahman"],
    ["Abdul Wahid", "Abdulwahid", "Abdul Wahed"], ["Abdul Qadir", "Abdul Kader", "Abdulqadir", "Abdul Ghader"],
    ["Gul", "Gol"], ["Habibullah", "Habibulla", "Habib Ullah", "Habibolah"], ["Naqibullah", "Naqibulla", "Nakibullah"],
    ["Rahmatullah", "Rahmatulla", "Rahmatolah"], ["Zabihullah", "Zabiullah", "Zabihulla"], ["Samiullah", "Samiulla", "Sami Ullah"],
    ["Mirwais", "Mirwaiz", "Mir Wais"], ["Jawad", "Javad"], ["Javid", "Jawid", "Javed", "Jaweed"], ["Farid", "Fareed"],
    ["Hamid", "Hameed"], ["Naveed", "Navid", "Nawid"], ["Sayed", "Said", "Syed", "Seyed", "Sayyed"], ["Ali"],
    ["Reza", "Riza"], ["Hussain", "Hossein", "Husain", "Hussein"], ["Wahid", "Waheed", "Vahid"], ["Shafiq", "Shafik", "Shafigh"],
    ["Khan Mohammad", "Khan Mohamad"], ["Noor Ahmad", "Nur Ahmad", "Noorahmad"], ["Esmatullah", "Ismatullah", "Esmatulla"],
]
AF_FEMALE = [["Fatima", "Fatema"], ["Zahra", "Zahara"], ["Maryam", "Mariam"], ["Sakina", "Sakineh"], ["Parwana", "Parvana"], ["Nazanin"]]
AF_FAMILY = [
    ["Ahmadzai", "Ahmadzay", "Ahmedzai"], ["Popalzai", "Popalzay"], ["Karimi", "Karimy"], ["Hakimi"], ["Rahimi", "Rahimy"],
    ["Noori", "Nuri", "Noory"], ["Sultani", "Soltani"], ["Stanikzai", "Stanekzai"], ["Safi"], ["Shinwari", "Shinwary"],
    ["Mohammadi", "Mohamadi", "Muhammadi"], ["Hussaini", "Hosseini", "Husseini", "Hoseini"], ["Rezaei", "Rezai", "Rezaee"],
    ["Ahmadi", "Ahmady", "Ahmedi"], ["Hashimi", "Hashemi", "Hashimy"], ["Amiri", "Amiry"], ["Wardak", "Vardak"],
    ["Niazi", "Nyazi"], ["Sahak"], ["Yousufzai", "Yousafzai", "Yusufzai"],
]
IR_MALE = [["Mohammadreza", "Mohammad Reza", "Mohamadreza"], ["Hossein", "Hussein", "Hosein"], ["Reza"], ["Mehdi", "Mahdi"],
           ["Amir", "Ameer"], ["Ali"], ["Hamid"], ["Javad", "Jawad"], ["Saeed", "Said", "Saied", "Saeid"], ["Farzad"], ["Behzad"]]
IR_FEMALE = [["Fatemeh", "Fatima"], ["Zahra"], ["Maryam", "Mariam"], ["Shirin"], ["Narges"]]
IR_FAMILY = [["Ahmadi", "Ahmady"], ["Mohammadi", "Mohamadi"], ["Hosseini", "Husseini", "Hoseini", "Hosseyni"],
             ["Rezaei", "Rezai", "Rezaee", "Rezaie"], ["Karimi"], ["Moradi", "Morady"], ["Jafari", "Jafary", "Djafari", "Jaafari"],
             ["Rahimi"], ["Heidari", "Haidari", "Heydari"], ["Sadeghi", "Sadeqi", "Sadegi"], ["Ghasemi", "Qasemi", "Kasemi", "Ghassemi"]]
PK_MALE = [["Muhammad", "Mohammad", "Muhammed", "Mohammed", "Mohd"], ["Ali"], ["Imran", "Imraan"], ["Asif", "Aasif"],
           ["Bilal"], ["Usman", "Osman", "Othman"], ["Waqas", "Waqaas", "Vakas"], ["Zeeshan", "Zishan", "Zeshan"],
           ["Adnan"], ["Kashif", "Kashef"], ["Shahid", "Shaheed"], ["Tariq", "Tarik"], ["Naveed", "Navid"], ["Arslan", "Arsalan"],
           ["Faisal", "Faysal", "Feisal"], ["Hamza"], ["Umer", "Umar", "Omar"], ["Abdul Ghaffar", "Abdulghaffar", "Abdul Gaffar"]]
PK_FEMALE = [["Ayesha", "Aisha"], ["Fatima"], ["Sana"], ["Rabia", "Rabiya"]]
PK_FAMILY = [["Khan"], ["Ahmed", "Ahmad"], ["Ali"], ["Hussain", "Hussein", "Husain"], ["Iqbal", "Ikbal"], ["Shah"], ["Butt", "But"],
             ["Malik"], ["Chaudhry", "Chaudhary", "Choudhry", "Chaudri"], ["Raza"], ["Akhtar", "Akhter"], ["Javed", "Javaid"],
             ["Aslam"], ["Rehman", "Rahman", "Rehmaan"], ["Anwar", "Anvar"], ["Mehmood", "Mahmood", "Mahmud"]]
BD_MALE = [["Md", "Mohammad", "Md.", "Muhammad", "Mohammed"], ["Abdul Karim", "Abdul Karim", "Abdulkarim"], ["Rahim", "Raheem"], ["Karim"], ["Hasan", "Hassan"],
           ["Shahin", "Shaheen"], ["Rashed", "Rashid"], ["Sohel", "Sohail"], ["Jahangir", "Jahangeer"]]
BD_FAMILY = [["Hossain", "Hussain", "Hosen", "Hossen"], ["Islam"], ["Rahman", "Rohman"], ["Uddin", "Udin", "Uddeen"],
             ["Alam"], ["Ahmed"], ["Miah", "Mia", "Mia"], ["Sarker", "Sarkar"], ["Molla", "Mollah"]]

W_AR_MALE = W(AR_MALE, zipf=0.85)
W_AR_FEMALE = W(AR_FEMALE, zipf=0.8)
W_AR_FAM = W(AR_FAMILY, zipf=0.7)
W_MA_FAM = W(MA_FAMILY, zipf=0.7)
W_AF_MALE = W(AF_MALE, zipf=0.9)
W_AF_FEMALE = W(AF_FEMALE, zipf=0.8)
W_AF_FAM = W(AF_FAMILY, zipf=0.7)
W_IR_MALE = W(IR_MALE, zipf=0.8)
W_IR_FEMALE = W(IR_FEMALE, zipf=0.8)
W_IR_FAM = W(IR_FAMILY, zipf=0.7)
W_PK_MALE = W(PK_MALE, zipf=1.0)
W_PK_FEMALE = W(PK_FEMALE, zipf=0.8)
W_PK_FAM = W(PK_FAMILY, zipf=0.8)
W_BD_MALE = W(BD_MALE, zipf=1.0)
W_BD_FAM = W(BD_FAMILY, zipf=0.8)

# ---- longer tails: real name distributions are long-tailed; a few dozen names would make every
# ---- "Мехмед Хасанов" a collision. Heads keep realistic shares (Georgi ~5 % of men, Ivanov ~2.5 %).
BG_MALE += [
    ("Дамян", "Дамянов"), ("Евгени", "Евгениев"), ("Благой", "Благоев"), ("Ради", "Радев"), ("Румен", "Руменов"),
    ("Огнян", "Огнянов"), ("Светослав", "Светославов"), ("Владимир", "Владимиров"), ("Станимир", "Станимиров"),
    ("Здравко", "Здравков"), ("Делян", "Делянов"), ("Добри", "Добрев"), ("Иво", "Ивов"), ("Йоан", "Йоанов"),
    ("Недялко", "Недялков"), ("Първан", "Първанов"), ("Рангел", "Рангелов"), ("Сашо", "Сашов"), ("Траян", "Траянов"),
    ("Филип", "Филипов"), ("Цвятко", "Цвятков"), ("Методи", "Методиев"), ("Гено", "Генов"), ("Дончо", "Дончев"),
    ("Минчо", "Минчев"), ("Стойко", "Стойков"), ("Кръстьо", "Кръстев"), ("Томо", "Томов"), ("Бончо", "Бончев"),
    ("Вълко", "Вълков"), ("Гроздан", "Гроздев"), ("Драгомир", "Драгомиров"), ("Ерол", "Еролов"), ("Камен", "Каменов"),
    ("Лъчезар", "Лъчезаров"), ("Митко", "Митков"), ("Нено", "Ненов"), ("Орлин", "Орлинов"), ("Павел", "Павлов"),
    ("Руси", "Русев"), ("Самуил", "Самуилов"), ("Тихомир", "Тихомиров"), ("Тошко", "Тошков"), ("Христофор", "Христофоров"),
    ("Янаки", "Янакиев"), ("Андон", "Андонов"), ("Боян", "Боянов"), ("Велизар", "Велизаров"), ("Габриел", "Габриелов"),
    ("Денислав", "Дениславов"), ("Евтим", "Евтимов"), ("Живомир", "Живомиров"), ("Златан", "Златанов"), ("Илиян", "Илиянов"),
    ("Кольо", "Колев"), ("Любен", "Любенов"), ("Милко", "Милков"), ("Никифор", "Никифоров"), ("Ованес", "Ованесов"),
    ("Петьо", "Петев"), ("Райчо", "Райчев"), ("Серафим", "Серафимов"), ("Тенчо", "Тенчев"), ("Хараламби", "Хараламбиев"),
    ("Цоньо", "Цонев"), ("Чанко", "Чанков"), ("Шишко", "Шишков"), ("Ясен", "Ясенов"), ("Кузман", "Кузманов"),
]
BG_FEMALE += [
    "Анелия", "Боряна", "Биляна", "Весела", "Владимира", "Габриела", "Деница", "Диана", "Донка", "Евгения",
    "Емилия", "Жулиета", "Зорница", "Илияна", "Калина", "Катя", "Лиляна", "Любка", "Маргарита", "Милена",
    "Нели", "Огняна", "Пламена", "Радостина", "Светла", "Соня", "Таня", "Тодорка", "Фани", "Цвета",
    "Яна", "Янка", "Кристина", "Латинка", "Мими", "Нина", "Росица", "Сийка", "Тинка", "Василка",
]
_BG_NICK = [
    "Бакалов", "Бояджиев", "Кожухаров", "Грънчаров", "Терзиев", "Табаков", "Куюмджиев", "Топалов", "Кехайов",
    "Арнаудов", "Узунов", "Дюлгеров", "Мечкаров", "Врабчев", "Гълъбов", "Соколов", "Вълков", "Лисичков", "Кабакчиев",
    "Бръмбаров", "Дограмаджиев", "Попиванов", "Хаджиниколов", "Караиванов", "Карагьозов", "Хаджипетров", "Попгеоргиев",
    "Даскалов", "Самарджиев", "Ковачки", "Мирчев", "Милушев", "Гюров", "Бъчваров", "Чобанов", "Овчаров", "Говедаров",
    "Коларов", "Ковачки", "Сарафов", "Тюфекчиев", "Мутафчиев", "Калайджиев", "Бозуков", "Белчев", "Черешаров",
    "Зографски", "Тошевски", "Стоилов", "Кънчев", "Пейчев", "Пеев", "Ганев", "Марков", "Миланов", "Русинов",
    "Станчев", "Тонев", "Найденов", "Николчев", "Панайотов", "Панов", "Рашков", "Спасов", "Стамболийски", "Тасев",
    "Урумов", "Филчев", "Христозов", "Цонков", "Чернев", "Шопов", "Щилянов", "Юруков", "Янчев", "Алексиев",
    "Бакърджиев", "Велчев", "Гавраилов", "Даков", "Ефтимов", "Жечев", "Зарков", "Илчев", "Йотов", "Керанов",
    "Лилов", "Мишев", "Начев", "Онов", "Пенков", "Ралчев", "Сотиров", "Тотев", "Фурнаджиев", "Хинков",
]
_fam = []
_derived = [p for _, p in BG_MALE]
_others = BG_OTHER_FAMILY + _BG_NICK
for i in range(max(len(_derived), len(_others))):
    for lst in (_derived, _others):
        if i < len(lst) and lst[i] not in _fam:
            _fam.append(lst[i])
BG_TURK_MALE += [
    ("Неджиб", "Неджибов"), ("Хюсеин", "Хюсеинов"), ("Юмер", "Юмеров"), ("Кямил", "Кямилов"), ("Реджеп", "Реджепов"),
    ("Мюмюн", "Мюмюнов"), ("Халил", "Халилов"), ("Емин", "Еминов"), ("Сеид", "Сеидов"), ("Ердинч", "Ердинчев"),
    ("Севгин", "Севгинов"), ("Айдън", "Айдънов"), ("Енвер", "Енверов"), ("Феим", "Феимов"), ("Исмет", "Исметов"),
    ("Джевдет", "Джевдетов"), ("Селим", "Селимов"), ("Садък", "Садъков"), ("Бейхан", "Бейханов"), ("Нихат", "Нихатов"),
    ("Зюлкяр", "Зюлкяров"), ("Ерхан", "Ерханов"), ("Муса", "Мусов"), ("Адем", "Адемов"), ("Метин", "Метинов"),
]
BG_TURK_FEMALE += ["Айсел", "Гюлбие", "Мелиха", "Нурие", "Сениха", "Айлин", "Ширин", "Хюриет", "Реджебие", "Фатма",
                   "Мерал", "Севдие", "Назифе", "Ферие", "Зюмбюл"]
_TURK_FAM_OTHER = ["Алиосманов", "Хасанов", "Мехмедов", "Кара", "Шакиров", "Емурлов", "Бекиров", "Топчу", "Кадиров",
                   "Карамолла", "Даилов", "Чаушев", "Ходжов", "Мустафов", "Кьосев"]
RO_MALE += ["Emil", "Silviu", "Ilie", "Traian", "Octavian", "Paul", "Dorin", "Virgil", "Horia", "Claudiu", "Dragoș",
            "Emanuel", "Mugurel", "Sandu", "Nelu", "Gigel", "Costică", "Marcel", "Valeriu", "Vlad", "Iosif", "Lucian",
            "Remus", "Titus", "Cornel", "Doru", "Emilian", "Felix", "Grigore", "Laurian", "Marin", "Nicolaie",
            "Pavel", "Romeo", "Samuel", "Teodor", "Victor", "Dănuț", "Alin", "Alexandru", "Leonard", "Beniamin"]
RO_FEMALE += ["Adriana", "Carmen", "Claudia", "Diana", "Emilia", "Florica", "Ileana", "Irina", "Laura", "Loredana",
              "Madalina", "Marcela", "Monica", "Natalia", "Otilia", "Paula", "Raluca", "Sorina", "Teodora", "Valentina",
              "Veronica", "Viorica", "Zoița", "Aurelia", "Camelia", "Doina", "Elisabeta", "Geanina", "Iuliana", "Lavinia"]
_RO_ESCU = ["Georgescu", "Constantinescu", "Vasilescu", "Mihăilescu", "Niculescu", "Rădulescu", "Marinescu", "Tudorescu",
            "Grigorescu", "Manolescu", "Stoenescu", "Iliescu", "Pavelescu", "Dobrescu", "Sandulescu", "Teodorescu",
            "Anghelescu", "Bratescu", "Călinescu", "Dinescu", "Enescu", "Florescu", "Gavrilescu", "Ionașcu", "Lupescu",
            "Mateescu", "Nicolescu", "Paraschivescu", "Stanciulescu", "Zamfirescu", "Vlădescu", "Moldoveanu",
            "Olteanu", "Ardeleanu", "Munteanu", "Bucureșteanu", "Dobrogeanu", "Câmpeanu", "Pădureanu", "Stoicanu",
            "Olaru", "Rotaru", "Dogaru", "Păcuraru", "Pescaru", "Morar", "Fieraru", "Cărăușu", "Covaci", "Ciurar",
            "Fântână", "Lupu", "Ursu", "Vulpe", "Cocoș", "Bivolaru", "Mustață", "Buzdugan", "Chiriac", "Sandu",
            "Pană", "Stoian", "Iancu", "Drăgan", "Bratu", "Dima", "Albu", "Negru", "Roșu", "Sima", "Tatu", "Ciocan",
            "Florescu", "Gheorghiu", "Ionită", "Marcu", "Nae", "Oancea", "Petcu", "Răducanu", "Savu", "Tudose",
            "Ungureanu", "Vlad", "Zaharia", "Bucur", "Cazacu", "Dascălu", "Filip", "Gavrilă", "Husar", "Ilieș"]
_ro = []
for x in RO_FAMILY + _RO_ESCU:
    if x not in _ro:
        _ro.append(x)
_AR_NISBA = ["Al-Halabi", "Al-Homsi", "Al-Hamwi", "Al-Shami", "Al-Masri", "Al-Iraqi", "Al-Baghdadi", "Al-Tikriti",
             "Al-Rawi", "Al-Ani", "Al-Zoubi", "Al-Hariri", "Al-Omari", "Al-Khalaf", "Al-Hamad", "Al-Issa", "Al-Najjar",
             "Al-Sayed", "Al-Shammari", "Al-Tamimi", "Al-Zubaidi", "Al-Rifai", "Al-Masalmeh", "Al-Kurdi", "Al-Deiri",
             "Al-Idlibi", "Al-Hourani", "Al-Aswad", "Al-Sabbagh", "Al-Hajj"]
for _n in _AR_NISBA:
    _b = _n[3:]
    AR_FAMILY.append([_n, "Al " + _b, "Al" + _b.lower(), "El " + _b, _b])
for _g in AR_MALE[:25]:  # family names that are a forefather's given name (Hamdan, Khalil ...)
    AR_FAMILY.append(list(_g))
for _g in AF_MALE:
    _b = _g[0].replace(" ", "")
    if len(_b) > 3 and not _b.endswith("ullah"):
        AF_FAMILY.append([_b + "i", _b + "y", _b.lower().capitalize() + "ee"][:2])
for _g in ["Ahmad", "Karim", "Hamid", "Jalal", "Nasir", "Omar", "Yusuf", "Shah", "Sher", "Zaman", "Gul", "Khan"]:
    AF_FAMILY.append([_g + "zai", _g + "zay", _g + "zoy"][:2])
IR_FAMILY += [["Mousavi", "Musavi", "Moosavi"], ["Kazemi", "Kazimi"], ["Hashemi", "Hashimi"], ["Jalali"], ["Nazari", "Nazary"],
              ["Rostami", "Rustami"], ["Sharifi", "Sharify"], ["Akbari"], ["Abbasi", "Abasi"], ["Ebrahimi", "Ibrahimi"],
              ["Salehi"], ["Najafi"], ["Ghorbani", "Qorbani"], ["Bagheri", "Baqeri"], ["Mirzaei", "Mirzai"]]
PK_FAMILY += [["Sheikh", "Shaikh", "Sheik"], ["Qureshi", "Kureshi", "Qureishi"], ["Abbasi"], ["Baig", "Beg"], ["Mirza"],
              ["Siddiqui", "Siddiqi"], ["Bhatti"], ["Rana"], ["Rajput"], ["Gondal"], ["Cheema", "Chima"], ["Warraich"],
              ["Nawaz"], ["Yousaf", "Yusuf"], ["Zafar"], ["Ashraf"], ["Hanif"], ["Latif"], ["Saleem", "Salim"], ["Ijaz", "Ejaz"]]
PK_MALE += [["Kamran"], ["Asad"], ["Irfan"], ["Junaid"], ["Sajid"], ["Wasim", "Waseem"], ["Nadeem", "Nadim"], ["Rizwan"],
            ["Shahzad", "Shehzad"], ["Fahad", "Fahd"], ["Haider", "Hyder"], ["Sohail", "Suhail"], ["Yasir", "Yasser"]]
BD_MALE += [["Rakib"], ["Sumon"], ["Alamgir"], ["Belal", "Bilal"], ["Ripon"], ["Masud", "Masood"], ["Kamal"], ["Mizanur"],
            ["Habibur"], ["Mahbub"], ["Nazrul"], ["Shafiqul", "Shafikul"], ["Rubel"], ["Faruk", "Farooq"]]
BD_FAMILY += [["Chowdhury", "Choudhury", "Chowdhuri"], ["Biswas"], ["Khan"], ["Sheikh", "Shaikh"], ["Mondal", "Mandal"],
              ["Talukder", "Talukdar"], ["Bhuiyan", "Bhuiya"], ["Akand"], ["Howlader", "Hawlader"], ["Majumder", "Mojumder"],
              ["Sikder", "Sikdar"], ["Munshi"], ["Kabir"], ["Karim"], ["Haque", "Hoque", "Huq"]]
MA_FAMILY += [["El Fassi", "Fassi"], ["Bennani"], ["Tazi"], ["Alaoui", "El Alaoui"], ["Berrada"], ["Lahlou"], ["Cherkaoui"],
              ["Bouchaib"], ["Ouali", "Wali"], ["Hamdaoui"], ["Saidi", "Saïdi"], ["Brahimi"], ["Mebarki"], ["Khelifi"],
              ["Benamar", "Ben Amar"], ["Boukhari"], ["Haddadi"], ["Amrani"], ["Ziani"], ["Touati"]]
W_BG_MALE = W(BG_MALE, zipf=0.6)
W_BG_FEMALE = W(BG_FEMALE, zipf=0.6)
W_BG_FAM = W(_fam, zipf=0.7)
W_BG_TMALE = W(BG_TURK_MALE, zipf=0.6)
W_BG_TFEMALE = W(BG_TURK_FEMALE, zipf=0.6)
W_BG_TFAM = W([p for _, p in BG_TURK_MALE] + _TURK_FAM_OTHER, zipf=0.55)
W_RO_MALE = W(RO_MALE, zipf=0.65)
W_RO_FEMALE = W(RO_FEMALE, zipf=0.65)
W_RO_FAM = W(_ro, zipf=0.6)
W_AR_FAM = W(AR_FAMILY, zipf=0.5)
W_MA_FAM = W(MA_FAMILY, zipf=0.5)
W_AF_FAM = W(AF_FAMILY, zipf=0.6)
W_IR_FAM = W(IR_FAMILY, zipf=0.6)
W_PK_FAM = W(PK_FAMILY, zipf=0.7)
W_PK_MALE = W(PK_MALE, zipf=0.9)
W_BD_MALE = W(BD_MALE, zipf=0.9)
W_BD_FAM = W(BD_FAMILY, zipf=0.7)
UA_MALE += [
    ("Артем", ["Artem", "Artiom", "Artyom"]), ("Богдан", ["Bohdan", "Bogdan"]), ("Максим", ["Maksym", "Maxim", "Maksim"]),
    ("Роман", ["Roman"]), ("Тарас", ["Taras"]), ("Ігор", ["Ihor", "Igor"]), ("Євген", ["Yevhen", "Evgheni", "Evgeniy", "Ievgen"]),
    ("Віталій", ["Vitalii", "Vitaliy", "Vitali"]), ("Руслан", ["Ruslan"]), ("Степан", ["Stepan", "Stefan"]),
    ("Павло", ["Pavlo", "Pavel"]), ("Анатолій", ["Anatolii", "Anatoliy", "Anatoli"]), ("Григорій", ["Hryhorii", "Grigori", "Hryhoriy"]),
    ("Денис", ["Denys", "Denis"]), ("Ярослав", ["Yaroslav", "Iaroslav"]), ("Михайло", ["Mykhailo", "Mihail", "Mikhail", "Mykhaylo"]),
]
UA_FEMALE += [("Світлана", ["Svitlana", "Svetlana"]), ("Людмила", ["Liudmyla", "Ludmila", "Lyudmyla"]),
              ("Галина", ["Halyna", "Galina"]), ("Анна", ["Anna", "Hanna", "Ganna"]), ("Вікторія", ["Viktoriia", "Victoria", "Viktoriya"])]
for _c, _l in [("Ткачук", ["Tkachuk", "Tcaciuc"]), ("Олійник", ["Oliinyk", "Oleinik", "Oliynyk"]), ("Кравчук", ["Kravchuk", "Cravciuc"]),
               ("Коваль", ["Koval", "Coval"]), ("Бондар", ["Bondar"]), ("Марченко", ["Marchenko", "Marcenco"]),
               ("Мельничук", ["Melnychuk", "MelnicIuc", "Melnichuk"]), ("Павленко", ["Pavlenko", "Pavlenco"]),
               ("Гончаренко", ["Honcharenko", "Goncharenko", "Gonciarenco"]), ("Савчук", ["Savchuk", "Savciuc"]),
               ("Петренко", ["Petrenko", "Petrenco"]), ("Литвиненко", ["Lytvynenko", "Litvinenko"]), ("Зайченко", ["Zaichenko", "Zaicenco"]),
               ("Романюк", ["Romaniuk", "Romaniuc", "Romanyuk"]), ("Левченко", ["Levchenko", "Levcenco"]), ("Ігнатенко", ["Ihnatenko", "Ignatenko"]),
               ("Гуменюк", ["Humeniuk", "Gumeniuk", "Humenyuk"]), ("Кузьменко", ["Kuzmenko", "Cuzmenco"]), ("Нікітін", ["Nikitin"]),
               ("Клименко", ["Klymenko", "Klimenko", "Climenco"]), ("Ковтун", ["Kovtun", "Covtun"]), ("Приходько", ["Prykhodko", "Prihodko"])]:
    UA_FAMILY.append((_c, _l))
TR_MALE += ["Burak", "Serkan", "Hakan", "Volkan", "Cengiz", "Orhan", "Levent", "Engin", "Tuncay", "Cemal", "Kadir",
            "Yaşar", "Bayram", "Selim", "Erkan", "Gökhan", "Uğur", "Sinan", "Tolga", "Metin", "Abdullah", "Şükrü", "Cihan",
            "Ferhat", "Nihat", "Onur", "Sedat", "Tayfun", "Veysel", "Zafer"]
TR_FEMALE += ["Esra", "Büşra", "Derya", "Sibel", "Songül", "Gülay", "Nurcan", "Sevgi"]
TR_FAMILY += ["Acar", "Aksoy", "Bulut", "Coşkun", "Duman", "Erdem", "Güler", "Işık", "Keskin", "Korkmaz", "Özer", "Tekin",
              "Turan", "Uçar", "Ünal", "Yavuz", "Yücel", "Altun", "Bozkurt", "Çakır", "Eren", "Günay", "Kaplan", "Karaca",
              "Karakaya", "Özgür", "Sarı", "Tunç", "Uysal", "Yalçın", "Akın", "Avcı", "Baş", "Cengiz", "Demirci", "Ekinci"]
MD_MALE += [["Petru", "Piotr"], ["Valeriu", "Valerii", "Valeri"], ["Eugeniu", "Evgheni", "Evgheniy"], ["Anatolie", "Anatolii"],
            ["Constantin", "Konstantin"], ["Grigore", "Grigori"], ["Tudor", "Teodor"], ["Radu"], ["Maxim", "Maksim"],
            ["Dorin"], ["Ghenadie", "Ghenadii", "Gennadi"], ["Pavel"], ["Stanislav"], ["Vadim"], ["Artiom", "Artem", "Artyom"]]
MD_FEMALE += [["Ecaterina", "Ekaterina"], ["Galina"], ["Nadejda", "Nadezhda"], ["Cristina", "Kristina"], ["Aurelia"]]
MD_FAMILY += [["Bîrcă", "Birca", "Byrka"], ["Cazacu", "Kazaku"], ["Chiriac", "Kiriak"], ["Costin"], ["Croitor", "Kroitor"],
              ["Dogotari"], ["Gherman", "German"], ["Lisnic", "Lisnik"], ["Mocanu"], ["Negru"], ["Oprea"], ["Pascari", "Paskari"],
              ["Roșca", "Rosca", "Roshka"], ["Scutaru", "Skutaru"], ["Spînu", "Spinu"], ["Stratan"], ["Tcaci", "Tkachi", "Tkaci"],
              ["Vrabie"], ["Zaharia"], ["Bodrug"], ["Bejenari", "Bejenaru"], ["Caraman", "Karaman"], ["Arnaut"], ["Bulat"]]
AF_MALE += [["Abdul Hadi", "Abdulhadi"], ["Abdul Basir", "Abdulbasir", "Abdul Baseer"], ["Ahmad Shah", "Ahmadshah"],
            ["Aziz", "Azeez"], ["Bashir", "Basheer"], ["Dawood", "Dawud", "Davood"], ["Ghulam", "Gholam", "Gulam"],
            ["Haroon", "Harun", "Haron"], ["Idris", "Edris"], ["Jamil", "Jameel"], ["Karim", "Kareem"], ["Latif", "Lateef"],
            ["Mansoor", "Mansur", "Mansour"], ["Najib", "Najeeb"], ["Qadir", "Kadir"], ["Rashid", "Rasheed"], ["Sadiq", "Sadeq"],
            ["Taher", "Tahir"], ["Yaqub", "Yakub", "Yaqoob"], ["Zia", "Ziya"], ["Asadullah", "Asadulla"], ["Hekmatullah", "Hikmatullah"],
            ["Ismail", "Esmail"], ["Obaidullah", "Ubaidullah"], ["Sharif", "Sharef"], ["Wais", "Weis"]]
W_UA_MALE = W(UA_MALE, zipf=0.6)
W_UA_FEMALE = W(UA_FEMALE, zipf=0.6)
W_UA_FAM = W(UA_FAMILY, zipf=0.5)
W_TR_MALE = W(TR_MALE, zipf=0.6)
W_TR_FEMALE = W(TR_FEMALE, zipf=0.6)
W_TR_FAM = W(TR_FAMILY, zipf=0.6)
W_MD_MALE = W(MD_MALE, zipf=0.6)
W_MD_FEMALE = W(MD_FEMALE, zipf=0.6)
W_MD_FAM = W(MD_FAMILY, zipf=0.5)
W_AF_MALE = W(AF_MALE, zipf=0.8)
W_AF_FAM = W(AF_FAMILY, zipf=0.55)

# migrant nationality: (ISO, name culture, weight, share of women, share with a passport)
MIGRANT_ORIGINS = [
    ("SY", "AR", 24, 0.12, 0.45), ("AF", "AF", 24, 0.08, 0.15), ("IQ", "AR", 10, 0.12, 0.45),
    ("PK", "PK", 10, 0.02, 0.5), ("MA", "MA", 9, 0.05, 0.55), ("IR", "IR", 5, 0.15, 0.5),
    ("BD", "BD", 5, 0.02, 0.5), ("EG", "AR", 4, 0.03, 0.6), ("DZ", "MA", 3, 0.03, 0.5),
    ("TN", "MA", 3, 0.03, 0.55), ("PS", "AR", 3, 0.1, 0.3),
]
W_MIGRANT = W(MIGRANT_ORIGINS, weights=[o[2] for o in MIGRANT_ORIGINS])
# persons by origin group
W_KIND = W(["BG", "RO", "MD", "UA", "TR", "MIG"], weights=[33, 30, 4, 3, 5, 25])


# fmt: on
# ---------------------------------------------------------------------------------------------
# transliteration
# ---------------------------------------------------------------------------------------------
_CYR_UP = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯІЇЄҐ"
_VOWELS_CYR = set("аеиоуъюяіїє")
BASE_MAP = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    # Ukrainian letters (official 2010 Ukrainian rules used only as a fallback here)
    "і": "i",
    "ї": "i",
    "є": "ie",
    "ґ": "g",
    "'": "",
}
STYLE_MAP = {
    # official Bulgarian 2009 Transliteration Act
    "off": {
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
    # pre-2009 passports (Stoichkov, Jeliazkov, Iordan)
    "leg": {
        "ж": "zh",
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
    # English / Russian-style (Khristo Zheliazkov, Turnovo)
    "kh": {
        "ж": "zh",
        "й": "y",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sht",
        "ъ": "u",
        "ь": "",
        "ю": "iu",
        "я": "ia",
    },
    # Romanian-style
    "ro": {
        "ж": "j",
        "й": "i",
        "х": "h",
        "ц": "ț",
        "ч": "ci",
        "ш": "ș",
        "щ": "șt",
        "ъ": "ă",
        "ь": "i",
        "ю": "iu",
        "я": "ia",
    },
    # French-style
    "fr": {
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
    # German-style
    "de": {
        "ж": "sch",
        "й": "j",
        "х": "ch",
        "ц": "z",
        "ч": "tsch",
        "ш": "sch",
        "щ": "scht",
        "ъ": "a",
        "ь": "",
        "ю": "ju",
        "я": "ja",
        "в": "w",
        "з": "s",
    },
}


def _cap_words(s: str) -> str:
    out, up = [], True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -"
    return "".join(out)


_tr_cache: dict = {}


def cyr2lat(word: str, style: str) -> str:
    key = (word, style)
    r = _tr_cache.get(key)
    if r is not None:
        return r
    s = word.lower()
    m = STYLE_MAP[style]
    out = []
    n = len(s)
    for i, ch in enumerate(s):
        nxt = s[i + 1] if i + 1 < n else ""
        end = i + 1 >= n or s[i + 1] in " -"
        if ch == "я" and i > 0 and s[i - 1] == "и" and end and style in ("off", "leg", "ro"):
            out.append("a")
            continue
        if style == "ro":
            if ch == "г" and nxt in ("е", "и"):
                out.append("gh")
                continue
            if ch == "к" and nxt in ("е", "и"):
                out.append("ch")
                continue
            if ch == "ч":
                out.append("c" if nxt in ("е", "и") else "ci")
                continue
        if style == "fr" and ch == "г" and nxt in ("е", "и"):
            out.append("gu")
            continue
        if style == "de" and ch == "в" and end and i > 0 and s[i - 1] in "ое":
            out.append("w")
            continue
        if ch in m:
            out.append(m[ch])
        elif ch in BASE_MAP:
            out.append(BASE_MAP[ch])
        else:
            out.append(ch)
    r = _cap_words("".join(out))
    _tr_cache[key] = r
    return r


RO2CYR_MULTI = [
    ("che", "ке"),
    ("chi", "ки"),
    ("ghe", "ге"),
    ("ghi", "ги"),
    ("cea", "ча"),
    ("cia", "ча"),
    ("cio", "чо"),
    ("ciu", "чу"),
    ("gea", "джа"),
    ("gio", "джо"),
    ("giu", "джу"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ea", "я"),
    ("ia", "ия"),
    ("iu", "ю"),
    ("io", "йо"),
]
RO2CYR_ONE = {
    "a": "а",
    "ă": "ъ",
    "â": "ъ",
    "î": "ъ",
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
    "ș": "ш",
    "ş": "ш",
    "t": "т",
    "ț": "ц",
    "ţ": "ц",
    "u": "у",
    "v": "в",
    "w": "у",
    "x": "кс",
    "y": "й",
    "z": "з",
}
FOR2CYR_MULTI = [
    ("kh", "х"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("gh", "г"),
    ("th", "т"),
    ("dh", "д"),
    ("ph", "ф"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ye", "йе"),
    ("yo", "йо"),
    ("dj", "дж"),
    ("ck", "к"),
    ("ss", "с"),
    ("mm", "м"),
    ("ll", "л"),
]
FOR2CYR_ONE = dict(RO2CYR_ONE)
FOR2CYR_ONE.update(
    {
        "j": "дж",
        "c": "к",
        "w": "в",
        "y": "й",
        "'": "",
        ".": "",
        "ı": "ъ",
        "ö": "ьо",
        "ü": "ю",
        "ğ": "",
        "ç": "ч",
        "é": "е",
        "ş": "ш",
    }
)
TR2CYR_ONE = dict(FOR2CYR_ONE)
TR2CYR_ONE.update({"c": "дж", "y": "й", "h": "х"})

_cyr_cache: dict = {}


def lat2cyr(word: str, kind: str) -> str:
    key = (word, kind)
    r = _cyr_cache.get(key)
    if r is not None:
        return r
    s = word.lower().replace("i̇", "i")
    multi = RO2CYR_MULTI if kind == "ro" else (FOR2CYR_MULTI if kind == "for" else [("sh", "ш")])
    one = RO2CYR_ONE if kind == "ro" else (FOR2CYR_ONE if kind == "for" else TR2CYR_ONE)
    out, i, n = [], 0, len(s)
    while i < n:
        for a, b in multi:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(one.get(s[i], s[i]))
            i += 1
    r = _cap_words("".join(out))
    _cyr_cache[key] = r
    return r


COMMA2CED = str.maketrans({"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"})
STRIP = str.maketrans(
    {
        "ș": "s",
        "Ș": "S",
        "ț": "t",
        "Ț": "T",
        "ş": "s",
        "Ş": "S",
        "ţ": "t",
        "Ţ": "T",
        "ă": "a",
        "Ă": "A",
        "â": "a",
        "Â": "A",
        "î": "i",
        "Î": "I",
        "ı": "i",
        "İ": "I",
        "ğ": "g",
        "Ğ": "G",
        "ç": "c",
        "Ç": "C",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
        "é": "e",
        "ë": "e",
    }
)


def diacritics(s: str, mode: str) -> str:
    if mode == "comma" or not s:
        return s
    if mode == "cedilla":
        return s.translate(COMMA2CED)
    return s.translate(STRIP)


# ---------------------------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------------------------
KEY_NEIGH = {
    "a": "sqz",
    "b": "vn",
    "c": "xv",
    "d": "sf",
    "e": "wr",
    "f": "dg",
    "g": "fh",
    "h": "gj",
    "i": "uo",
    "j": "hk",
    "k": "jl",
    "l": "k",
    "m": "n",
    "n": "bm",
    "o": "ip",
    "p": "o",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "u": "yi",
    "v": "cb",
    "w": "qe",
    "x": "zc",
    "y": "tu",
    "z": "xa",
    "а": "вс",
    "е": "ук",
    "и": "шм",
    "о": "рл",
    "в": "аф",
    "н": "гт",
    "р": "ок",
    "с": "ам",
    "т": "ьн",
    "к": "ел",
    "л": "кд",
    "м": "ис",
    "д": "лж",
    "г": "нш",
    "п": "ро",
    "я": "аз",
}
OCR = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "I"),
    ("I", "l"),
    ("e", "c"),
    ("c", "e"),
    ("u", "ii"),
    ("h", "b"),
    ("cl", "d"),
    ("o", "0"),
    ("i", "l"),
    ("n", "ri"),
    ("S", "5"),
    ("B", "8"),
]


def typo(rng, s: str) -> str:
    n = len(s)
    if n < 3:
        return s
    i = rng.randrange(1, n)
    r = rng.random()
    ch = s[i]
    if r < 0.3:  # substitution by keyboard neighbour
        lo = ch.lower()
        if lo in KEY_NEIGH:
            rep = rng.choice(KEY_NEIGH[lo])
            return s[:i] + (rep.upper() if ch.isupper() else rep) + s[i + 1 :]
        return s[:i] + s[i + 1 :]
    if r < 0.55:  # deletion
        return s[:i] + s[i + 1 :]
    if r < 0.75:  # transposition
        if i + 1 < n:
            return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        return s[: i - 1] + s[i] + s[i - 1]
    if r < 0.9:  # doubling
        return s[:i] + ch + s[i:]
    lo = ch.lower()  # insertion of neighbour
    rep = rng.choice(KEY_NEIGH.get(lo, "e"))
    return s[:i] + rep + s[i:]


def ocr(rng, s: str) -> str:
    for _ in range(3):
        a, b = OCR[rng.randrange(len(OCR))]
        j = s.find(a)
        if j > 0 or (j == 0 and a.isupper()):
            return s[:j] + b + s[j + len(a) :]
    return typo(rng, s)


def digit_error(rng, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    if len(idx) < 2:
        return s
    if rng.random() < 0.55:
        i = idx[rng.randrange(len(idx))]
        return s[:i] + str((int(s[i]) + rng.choice((1, 9, 3, 7))) % 10) + s[i + 1 :]
    k = rng.randrange(len(idx) - 1)
    i, j = idx[k], idx[k + 1]
    if s[i] == s[j]:
        i = idx[rng.randrange(len(idx))]
        return s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1 :]
    lst = list(s)
    lst[i], lst[j] = lst[j], lst[i]
    return "".join(lst)


# ---------------------------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------------------------
RO_COUNTY_W = W(
    [
        "16",
        "13",
        "52",
        "51",
        "34",
        "28",
        "25",
        "40",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "21",
        "17",
        "29",
        "22",
        "12",
        "05",
        "10",
        "32",
        "38",
        "36",
    ],
    weights=[9, 9, 8, 8, 6, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2],
)


def make_cnp(rng, sex, y, m, d, foreign=False, county=None, serial=None):
    if foreign:
        s = "7" if sex == "M" else "8"
    elif y >= 2000:
        s = "5" if sex == "M" else "6"
    else:
        s = "1" if sex == "M" else "2"
    county = county or RO_COUNTY_W.pick(rng)
    serial = serial if serial is not None else rng.randrange(1, 1000)
    body = f"{s}{y % 100:02d}{m:02d}{d:02d}{county}{serial:03d}"
    return body + ro_cnp.calc_check_digit(body), county, serial


def make_egn(rng, sex, y, m, d, serial=None):
    mm = m + 40 if y >= 2000 else m
    if serial is None:
        serial = rng.randrange(0, 500)
    third = serial * 2 + (0 if sex == "M" else 1)  # region block + parity of the 9th digit = sex
    body = f"{y % 100:02d}{mm:02d}{d:02d}{third % 1000:03d}"
    return body + bg_egn.calc_check_digit(body), serial


def make_lnch(rng):
    body = f"{rng.randrange(10**8, 10**9):09d}"
    return body + bg_pnf.calc_check_digit(body)


RO_CI_SERIES = [
    "RT",
    "DX",
    "GG",
    "KL",
    "TR",
    "DZ",
    "RX",
    "RK",
    "XB",
    "XT",
    "RR",
    "DP",
    "IF",
    "ZT",
    "TZ",
    "KT",
    "MX",
]
FOREIGN_DOC_PREFIX = {
    "SY": "N",
    "IQ": "A",
    "AF": "P",
    "PK": "",
    "MA": "",
    "IR": "K",
    "BD": "",
    "EG": "A",
    "DZ": "",
    "TN": "",
    "PS": "",
    "MD": "AB",
    "UA": "F",
    "TR": "U",
}


def make_doc(rng, nat):
    if nat == "BG":
        return ("ID" if rng.random() < 0.7 else "PP", f"{rng.choice('6466')}{rng.randrange(10**7, 10**8)}")
    if nat == "RO":
        if rng.random() < 0.75:
            return ("CI", rng.choice(RO_CI_SERIES), f"{rng.randrange(10**5, 10**6)}")
        return ("PP", f"0{rng.randrange(10**7, 10**8)}")
    pre = FOREIGN_DOC_PREFIX.get(nat, "")
    if nat in ("PK", "BD", "MA", "DZ", "TN"):
        pre = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return (
        "PP",
        pre,
        f"{rng.randrange(10**6, 10**7):07d}" if len(pre) > 1 else f"{rng.randrange(10**7, 10**8):08d}",
    )


def render_doc(rng, doc):
    if doc[0] == "CI":
        r = rng.random()
        if r < 0.55:
            return f"{doc[1]}{doc[2]}"
        if r < 0.85:
            return f"{doc[1]} {doc[2]}"
        return f"{doc[1]}-{doc[2]}"
    if len(doc) == 2:
        return doc[1]
    pre, num = doc[1], doc[2]
    r = rng.random()
    if r < 0.75:
        return pre + num
    if r < 0.9:
        return f"{pre} {num}" if pre else num
    return (pre + num).lower() if pre else num


# phones: (country code, national significant number)
def make_phone(rng, country):
    if country == "RO":
        return ("40", "7" + rng.choice("2234567689") + f"{rng.randrange(10**7):07d}")
    if country == "BG":
        return ("359", rng.choice(("87", "88", "89", "88", "89", "98")) + f"{rng.randrange(10**7):07d}")
    if country == "MD":
        return ("373", rng.choice("67") + f"{rng.randrange(10**7):07d}")
    if country == "UA":
        return ("380", rng.choice(("50", "67", "63", "93", "97")) + f"{rng.randrange(10**7):07d}")
    if country == "TR":
        return ("90", "5" + f"{rng.randrange(10**9 // 10, 10**9):09d}"[:9])
    cc = {
        "SY": "963",
        "AF": "93",
        "IQ": "964",
        "PK": "92",
        "MA": "212",
        "IR": "98",
        "BD": "880",
        "EG": "20",
        "DZ": "213",
        "TN": "216",
        "PS": "970",
        "DE": "49",
        "AT": "43",
    }.get(country, "44")
    lead = {
        "SY": "9",
        "AF": "7",
        "IQ": "7",
        "PK": "3",
        "MA": "6",
        "IR": "9",
        "BD": "1",
        "EG": "1",
        "DZ": "5",
        "TN": "2",
        "PS": "5",
        "DE": "15",
        "AT": "66",
    }.get(country, "7")
    return (cc, lead + f"{rng.randrange(10**8):08d}")


def render_phone(rng, ph, src):
    cc, nsn = ph
    home = (src == "RO" and cc == "40") or (src == "BG" and cc == "359")
    r = rng.random()
    if home:
        if r < 0.45:
            return "0" + nsn
        if r < 0.70:
            return "+" + cc + nsn
        if r < 0.78:
            return "00" + cc + nsn
        if r < 0.88:
            if cc == "40":
                return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
            return f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        if r < 0.95:
            return f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
        return cc + nsn
    if r < 0.55:
        return "+" + cc + nsn
    if r < 0.80:
        return "00" + cc + nsn
    if r < 0.90:
        return f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if r < 0.95 and cc in ("40", "359"):
        return "0" + nsn  # national writing of a neighbour-country number: ambiguous but common
    return cc + nsn


BG_PLATE_LET = "АВЕКМНОРСТУХ"
BG_SERIES = "АВКМНРСТХ"
CYR2LAT_PLATE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
BG_PROV_W = W(
    ["Р", "ВН", "СС", "ТХ", "В", "ЕН", "ВТ", "СА", "СВ", "С", "ВР", "М", "А", "РВ", "Х", "Н", "РР", "СТ"],
    weights=[10, 7, 7, 7, 7, 5, 5, 6, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3],
)
RO_PLATE_COUNTY_W = W(
    ["GR", "CT", "CL", "DJ", "TR", "OT", "MH", "B", "IF", "TL", "IL", "BR", "GL", "AG", "DB"],
    weights=[10, 10, 8, 9, 6, 5, 4, 12, 4, 3, 3, 3, 3, 2, 2],
)
RO_PLATE_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no Q; first letter not I or O


def make_plate(rng, country):
    if country == "BG":
        return (
            "BG",
            BG_PROV_W.pick(rng),
            f"{rng.randrange(10**4):04d}",
            rng.choice(BG_SERIES) + rng.choice(BG_SERIES),
        )
    if country == "RO":
        c = RO_PLATE_COUNTY_W.pick(rng)
        num = (
            f"{rng.randrange(100, 1000)}"
            if c == "B" and rng.random() < 0.4
            else f"{rng.randrange(1, 100):02d}"
        )
        return ("RO", c, num, "".join(rng.choice(RO_PLATE_LET) for _ in range(3)))
    if country == "MD":
        return (
            "MD",
            "".join(rng.choice("ABCEHKMOPTX") for _ in range(3)),
            f"{rng.randrange(1, 1000):03d}",
            "",
        )
    if country == "UA":
        return (
            "UA",
            rng.choice(("AA", "BC", "BH", "KA", "AX", "AE")),
            f"{rng.randrange(10**4):04d}",
            rng.choice("ABCEHIKMOPTX") + rng.choice("ABCEHIKMOPTX"),
        )
    return (
        "TR",
        f"{rng.choice((34, 22, 39, 59, 6, 35, 16)):02d}",
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(rng.choice((2, 3)))),
        f"{rng.randrange(10, 1000)}",
    )


def render_plate(rng, pl, src):
    c = pl[0]
    if c == "BG":
        prov, num, ser = pl[1], pl[2], pl[3]
        if src == "BG":
            r = rng.random()
            if r < 0.45:
                a, b = prov, ser
            elif r < 0.8:
                a, b = prov.translate(CYR2LAT_PLATE), ser.translate(CYR2LAT_PLATE)
            else:  # layout switching: some letters Cyrillic, some Latin
                a = "".join(ch if rng.random() < 0.5 else ch.translate(CYR2LAT_PLATE) for ch in prov)
                b = "".join(ch if rng.random() < 0.5 else ch.translate(CYR2LAT_PLATE) for ch in ser)
        else:
            a, b = prov.translate(CYR2LAT_PLATE), ser.translate(CYR2LAT_PLATE)
            if rng.random() < 0.08:
                a, b = prov, ser  # copied from a Bulgarian document
        sep = wpick(rng, (("", 0.6), (" ", 0.3), ("-", 0.1)))
        return f"{a}{sep}{num}{sep}{b}"
    if c == "RO":
        sep = wpick(rng, (("", 0.55), (" ", 0.35), ("-", 0.1)))
        s = f"{pl[1]}{sep}{pl[2]}{sep}{pl[3]}"
        if src == "BG" and rng.random() < 0.1:
            s = s.translate(str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ"))
        return s
    if c == "MD":
        return f"{pl[1]}{wpick(rng, (('', 0.6), (' ', 0.4)))}{pl[2]}"
    if c == "UA":
        sep = wpick(rng, (("", 0.7), (" ", 0.3)))
        return f"{pl[1]}{sep}{pl[2]}{sep}{pl[3]}"
    sep = wpick(rng, (("", 0.5), (" ", 0.5)))
    return f"{pl[1]}{sep}{pl[2]}{sep}{pl[3]}"


# ---------------------------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------------------------
class P:
    __slots__ = (
        "cnp",
        "decl",
        "dob",
        "docs",
        "egn",
        "f",
        "f_old",
        "g",
        "g2",
        "group",
        "k",
        "kind",
        "lnch",
        "m",
        "nat",
        "nat2",
        "nopass",
        "p_bg",
        "phones",
        "pid",
        "plates",
        "pstyle",
        "sex",
        "var_pref",
    )

    def __init__(self):
        self.g2 = self.m = self.f_old = None
        self.egn = self.cnp = self.lnch = ""
        self.docs, self.phones, self.plates = [], [], []
        self.group = None
        self.decl = None
        self.nat2 = None
        self.pstyle = "off"
        self.var_pref = None
        self.nopass = False


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return (y, m, d)


RECS_PER_PERSON = W(
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 17, 20, 25],
    weights=[45, 22, 12, 7, 5, 2.5, 1.6, 1.1, 0.8, 0.6, 0.5, 0.35, 0.3, 0.15, 0.1],
)


def adult_dob(rng, kind):
    if kind == "MIG":
        return rand_date(rng, 1975, 2008)
    y = int(rng.triangular(1950, 2006, 1985))
    return rand_date(rng, y, y)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.next_pid = 0
        self.group = None
        self.group_left = 0

    def pid(self):
        self.next_pid += 1
        return self.next_pid

    # --- names -------------------------------------------------------------------------------
    def new_person(self, kind=None, sex=None, dob=None):
        rng = self.rng
        p = P()
        p.pid = self.pid()
        if kind is None:
            kind = W_KIND.pick(rng)
            if kind == "BG" and rng.random() < 0.11:
                kind = "BGT"
        p.kind = kind
        if sex is None:
            fem = {"BG": 0.14, "BGT": 0.12, "RO": 0.15, "MD": 0.2, "UA": 0.2, "TR": 0.06}.get(kind, 0.1)
            sex = "F" if rng.random() < fem else "M"
        p.sex = sex
        p.dob = dob or adult_dob(rng, "MIG" if kind == "MIG" else "NAT")
        y, m, d = p.dob
        if kind in ("BG", "BGT"):
            p.nat = "BG"
            if kind == "BGT" and rng.random() < 0.12:
                p.nat2 = "TR"
            self.bg_names_simple(p)
            p.pstyle = "off" if (y > 1985 or rng.random() < 0.55) else rng.choice(("leg", "leg", "kh", "fr"))
            p.egn, _ = make_egn(rng, sex, y, m, d)
            p.p_bg = 0.7
        elif kind == "RO":
            p.nat = "RO"
            p.g = (W_RO_MALE if sex == "M" else W_RO_FEMALE).pick(rng)
            if rng.random() < 0.3:
                g2 = (W_RO_MALE if sex == "M" else W_RO_FEMALE).pick(rng)
                if g2 != p.g:
                    p.g2 = g2
            p.f = W_RO_FAM.pick(rng)
            p.cnp, _, _ = make_cnp(rng, sex, y, m, d)
            p.p_bg = 0.28
        elif kind == "MD":
            p.nat = "MD"
            if rng.random() < 0.35:
                p.nat2 = "RO"
            p.g = (W_MD_MALE if sex == "M" else W_MD_FEMALE).pick(rng)
            p.f = W_MD_FAM.pick(rng)
            p.var_pref = (rng.randrange(4), rng.randrange(4))
            if p.nat2 == "RO":
                p.cnp, _, _ = make_cnp(rng, sex, y, m, d)
            elif rng.random() < 0.2:
                p.cnp, _, _ = make_cnp(rng, sex, y, m, d, foreign=True)
            p.p_bg = 0.4
        elif kind == "UA":
            p.nat = "UA"
            p.g = (W_UA_MALE if sex == "M" else W_UA_FEMALE).pick(rng)
            p.f = W_UA_FAM.pick(rng)
            p.var_pref = (rng.randrange(3), rng.randrange(3))
            if rng.random() < 0.3:
                p.cnp, _, _ = make_cnp(rng, sex, y, m, d, foreign=True)
            if rng.random() < 0.2:
                p.lnch = make_lnch(rng)
            p.p_bg = 0.45
        elif kind == "TR":
            p.nat = "TR"
            p.g = (W_TR_MALE if sex == "M" else W_TR_FEMALE).pick(rng)
            p.f = W_TR_FAM.pick(rng)
            if rng.random() < 0.25:
                p.lnch = make_lnch(rng)
            p.p_bg = 0.62
        else:
            self.migrant(p)
        # local offenders stay in one country's files; migrants are mostly in transit through both
        if rng.random() < (0.5 if kind != "MIG" else 0.25):
            p.p_bg = 1.0 if rng.random() < p.p_bg else 0.0
        # documents, phones, cars
        if kind != "MIG":
            p.docs = [make_doc(rng, p.nat)]
            if rng.random() < 0.3:
                p.docs.append(make_doc(rng, p.nat))
            if p.nat2 and rng.random() < 0.6:
                p.docs.append(make_doc(rng, p.nat2))
            home = {"BG": "BG", "BGT": "BG", "RO": "RO"}.get(kind, p.nat)
            if rng.random() < 0.8:
                p.phones.append(make_phone(rng, home))
                if rng.random() < 0.3:
                    p.phones.append(make_phone(rng, rng.choice(("RO", "BG", home))))
            if rng.random() < (0.35 if p.sex == "M" else 0.12):
                p.plates.append(
                    make_plate(
                        rng, "BG" if kind == "BGT" else home if home in ("BG", "RO", "MD", "UA") else "TR"
                    )
                )
                if rng.random() < 0.2:
                    p.plates.append(make_plate(rng, rng.choice(("RO", "BG"))))
        return p

    def bg_names_simple(self, p, father=None, family=None):
        rng = self.rng
        turk = p.kind == "BGT"
        if p.sex == "M":
            p.g = (W_BG_TMALE if turk else W_BG_MALE).pick(rng)[0]
        else:
            p.g = (W_BG_TFEMALE if turk else W_BG_FEMALE).pick(rng)
        if father is None:
            father = (W_BG_TMALE if turk else W_BG_MALE).pick(rng)[0]
        patr = _PATR[father]
        if family is None:
            family = (W_BG_TFAM if turk else W_BG_FAM).pick(rng)
        p.m = patr if p.sex == "M" else bg_fem(patr)
        p.f = family if p.sex == "M" else bg_fem(family)
        if p.sex == "F" and rng.random() < 0.06:
            p.f = p.f + "-" + bg_fem(W_BG_FAM.pick(rng))

    def migrant(self, p):
        rng = self.rng
        if self.group_left <= 0:
            origin = W_MIGRANT.pick(rng)
            gphone = make_phone(rng, rng.choice(("BG", "BG", "RO", "TR", origin[0], "DE", "AT")))
            gplate = make_plate(rng, rng.choice(("BG", "BG", "RO", "RO", "TR", "MD", "UA")))
            self.group = (origin, gphone, gplate)
            self.group_left = int(rng.triangular(2, 30, 6))
        self.group_left -= 1
        origin = self.group[0] if rng.random() < 0.85 else W_MIGRANT.pick(rng)
        iso, culture, _, fem, pass_share = origin
        p.nat = iso
        p.group = self.group
        if p.sex == "M" and rng.random() < fem:
            p.sex = "F"
        sex = p.sex
        if culture == "AR":
            gm, gf, fam = W_AR_MALE, W_AR_FEMALE, W_AR_FAM
        elif culture == "MA":
            gm, gf, fam = W_AR_MALE, W_AR_FEMALE, W_MA_FAM
        elif culture == "AF":
            gm, gf, fam = W_AF_MALE, W_AF_FEMALE, W_AF_FAM
        elif culture == "IR":
            gm, gf, fam = W_IR_MALE, W_IR_FEMALE, W_IR_FAM
        elif culture == "PK":
            gm, gf, fam = W_PK_MALE, W_PK_FEMALE, W_PK_FAM
        else:
            gm, gf, fam = W_BD_MALE, W_PK_FEMALE, W_BD_FAM
        p.g = (gm if sex == "M" else gf).pick(rng)
        p.m = gm.pick(rng)  # father's name
        p.f = fam.pick(rng)
        if culture == "AF" and rng.random() < 0.35:
            p.f = None  # no family name: the father's name stands in
        if culture == "AR" and rng.random() < 0.15:
            p.g2 = gm.pick(rng)  # compound given names (Mohammed Ali)
        p.var_pref = (rng.randrange(100), rng.randrange(100), rng.randrange(100))
        p.nopass = rng.random() >= pass_share
        y = p.dob[0]
        if p.nopass and rng.random() < 0.55:
            p.decl = (y + rng.choice((0, 0, 0, 1, -1)), 1, 1)
        else:
            p.decl = p.dob
        if not p.nopass:
            p.docs = [make_doc(rng, iso)]
        if rng.random() < 0.35:
            p.lnch = make_lnch(rng)
        if rng.random() < 0.12:
            p.cnp, _, _ = make_cnp(rng, sex, *p.decl, foreign=True)
        if rng.random() < 0.55:
            p.phones.append(make_phone(rng, rng.choice(("BG", "RO", iso, iso, "TR"))))
        p.p_bg = 0.5

    # --- relatives -------------------------------------------------------------------------------
    def household(self):
        """A household: an anchor plus relatives sharing surname, phones, cars."""
        rng = self.rng
        rel = wpick(rng, (("father_son", 0.3), ("twins", 0.12), ("siblings", 0.3), ("spouse", 0.28)))
        kind = rng.choice(("BG", "BG", "BGT", "RO", "RO", "RO", "MIG", "TR", "MD"))
        a = self.new_person(
            kind=kind,
            sex="M" if rel in ("father_son", "spouse") else None,
            dob=rand_date(rng, 1950, 1981) if rel == "father_son" else None,
        )
        out = [a]
        y = a.dob[0]
        if rel == "father_son":
            sy = min(y + 20 + rng.randrange(12), 2006)
            son = self.clone_rel(a, "M", rand_date(rng, sy, sy))
            son.g = a.g
            if a.kind in ("BG", "BGT"):
                son.m = _PATR.get(a.g, a.m)
                a.f = a.f.split("-")[0]
                son.f = a.f
            elif a.kind == "MIG":
                son.m = a.g
            out.append(son)
        elif rel == "twins":
            t = self.clone_rel(a, rng.choice(("M", "F")), a.dob, twin=True)
            out.append(t)
        elif rel == "siblings":
            for _ in range(rng.choice((1, 1, 2))):
                out.append(
                    self.clone_rel(a, rng.choice(("M", "M", "F")), rand_date(rng, y - 8, min(y + 8, 2007)))
                )
        else:
            sp = self.clone_rel(
                a, "F" if a.sex == "M" else "M", rand_date(rng, y - 6, min(y + 6, 2007)), spouse=True
            )
            out.append(sp)
        return out

    def clone_rel(self, a, sex, dob, twin=False, spouse=False):
        rng = self.rng
        p = self.new_person(kind=a.kind, sex=sex, dob=dob)
        p.nat, p.nat2 = a.nat, a.nat2
        y, m, d = dob
        if a.kind in ("BG", "BGT"):
            base_fam = a.f.split("-")[0]
            male_fam = (
                base_fam[:-1]
                if (a.sex == "F" and base_fam.endswith(("ова", "ева", "ина")))
                else (base_fam[:-1] + "и" if a.sex == "F" and base_fam.endswith("ска") else base_fam)
            )
            if spouse:
                pass  # spouse keeps own patronymic
            else:
                male_patr = a.m[:-1] if a.sex == "F" and a.m.endswith("а") else a.m
                p.m = male_patr if sex == "M" else bg_fem(male_patr)
            p.f = male_fam if sex == "M" else bg_fem(male_fam)
            if p.sex == "M":
                p.g = (W_BG_TMALE if a.kind == "BGT" else W_BG_MALE).pick(rng)[0]
            if twin:
                p.egn, _ = make_egn(rng, sex, y, m, d, serial=int(a.egn[6:9]) // 2 + 1)
            else:
                p.egn, _ = make_egn(rng, sex, y, m, d)
        elif a.kind == "RO":
            if spouse and rng.random() < 0.3 and p.sex == "F":
                p.f_old = p.f
                p.f = a.f if rng.random() < 0.7 else f"{p.f}-{a.f}"
            elif not spouse:
                p.f = a.f
            if twin and a.cnp:
                ser = int(a.cnp[9:12]) % 998 + 1
                p.cnp, _, _ = make_cnp(rng, sex, y, m, d, county=a.cnp[7:9], serial=ser)
        elif a.kind == "MIG":
            p.group = a.group
            p.nat = a.nat
            if not spouse:
                p.m = a.m
            p.f = a.f
            p.var_pref = a.var_pref
            p.nopass = a.nopass
            if twin:
                p.decl = a.decl
        else:
            p.f = a.f
        if a.phones and rng.random() < 0.6:
            p.phones = [a.phones[0], *p.phones[:1]]
        if a.plates and rng.random() < 0.5:
            p.plates = [a.plates[0], *p.plates[:1]]
        p.pstyle = a.pstyle
        return p

    # --- rendering -----------------------------------------------------------------------------
    def names(self, p, src, from_doc):
        rng = self.rng
        k = p.kind
        if k in ("BG", "BGT"):
            if src == "BG":
                if from_doc and rng.random() < 0.1:
                    style, script = p.pstyle, "lat"
                else:
                    style, script = None, "cyr"
                mid_p = 0.88
            else:
                script = "lat"
                if from_doc:
                    style = p.pstyle
                else:
                    style = wpick(
                        rng,
                        (("ro", 0.4), ("off", 0.3), ("leg", 0.1), ("fr", 0.1), ("de", 0.04), ("kh", 0.06)),
                    )
                mid_p = 0.4
            g, m, f = p.g, p.m, p.f
            if script == "lat":
                g, m, f = cyr2lat(g, style), cyr2lat(m, style), cyr2lat(f, style)
                if style == "ro":
                    dm = wpick(rng, (("comma", 0.3), ("cedilla", 0.15), ("none", 0.55)))
                    g, m, f = diacritics(g, dm), diacritics(m, dm), diacritics(f, dm)
                elif style == "fr" and rng.random() < 0.3 and (f.endswith("ov") or f.endswith("ev")):
                    f = f[:-1] + "ff"
            if rng.random() >= mid_p:
                m = ""
            elif src == "RO" and rng.random() < 0.15:
                m = m[:1] + "."
            elif src == "RO" and rng.random() < 0.1:
                g, m = g + " " + m, ""
        elif k == "RO":
            f = p.f
            if p.f_old and rng.random() < 0.3:
                f = p.f_old
            g, m = p.g, ""
            if p.g2:
                r = rng.random()
                if r < 0.35:
                    g = g + "-" + p.g2
                elif r < 0.55:
                    g = g + " " + p.g2
                elif r < 0.7:
                    m = p.g2
            if src == "RO":
                dm = (
                    "none"
                    if from_doc and rng.random() < 0.3
                    else wpick(rng, (("comma", 0.5), ("cedilla", 0.2), ("none", 0.3)))
                )
                g, m, f = diacritics(g, dm), diacritics(m, dm), diacritics(f, dm)
            else:
                r = rng.random()
                if r < 0.5:
                    g, m, f = diacritics(g, "none"), diacritics(m, "none"), diacritics(f, "none")
                elif r < 0.7:
                    pass
                else:
                    g, m, f = lat2cyr(g, "ro"), lat2cyr(m, "ro") if m else "", lat2cyr(f, "ro")
        elif k == "MD":
            pg, pf = p.var_pref
            g = p.g[pg % len(p.g)] if from_doc or rng.random() < 0.6 else rng.choice(p.g)
            f = p.f[pf % len(p.f)] if from_doc or rng.random() < 0.6 else rng.choice(p.f)
            m = ""
            if src == "BG" and not from_doc and rng.random() < 0.35:
                g, f = lat2cyr(g, "ro"), lat2cyr(f, "ro")
            elif src == "RO" or rng.random() < 0.5:
                g, f = (
                    diacritics(g, rng.choice(("comma", "none", "cedilla"))),
                    diacritics(f, rng.choice(("comma", "none"))),
                )
            else:
                g, f = diacritics(g, "none"), diacritics(f, "none")
        elif k == "UA":
            pg, pf = p.var_pref
            if src == "BG" and not from_doc and rng.random() < 0.4:
                g, f = p.g[0], p.f[0]
            else:
                gl, fl = p.g[1], p.f[1]
                g = gl[0] if from_doc else (gl[pg % len(gl)] if rng.random() < 0.5 else rng.choice(gl))
                f = fl[0] if from_doc else (fl[pf % len(fl)] if rng.random() < 0.5 else rng.choice(fl))
                if src == "BG":
                    g, f = diacritics(g, "none"), diacritics(f, "none")
            m = ""
        elif k == "TR":
            g, f, m = p.g, p.f, ""
            r = rng.random()
            if src == "BG" and not from_doc and r < 0.3:
                g, f = lat2cyr(g, "tr"), lat2cyr(f, "tr")
            elif (r < 0.75 or not from_doc) and rng.random() < 0.6:
                g, f = diacritics(g, "none"), diacritics(f, "none")
        else:  # migrants
            pg, pm, pf = p.var_pref
            var_p = 0.75 if from_doc else 0.45

            def v(lst, pref):
                if rng.random() < var_p:
                    return lst[pref % len(lst)] if pref % 3 else lst[0]
                return lst[min(int(rng.expovariate(0.8)), len(lst) - 1)]

            g = v(p.g, pg)
            if p.g2 and rng.random() < 0.7:
                g = g + " " + v(p.g2, pg)
            fm = v(p.m, pm)
            f = v(p.f, pf) if p.f else ""
            m = fm if rng.random() < (0.3 if src == "RO" else 0.45) else ""
            if not f:
                if rng.random() < 0.75:
                    f, m = fm, ""
            elif rng.random() < 0.04:
                f, m = fm, ""  # father's name registered as surname
            if src == "BG" and not from_doc and rng.random() < 0.35:
                g, m, f = lat2cyr(g, "for"), lat2cyr(m, "for") if m else "", lat2cyr(f, "for") if f else ""
        # name order mistakes
        swap = 0.03 if k in ("BG", "BGT", "RO") else (0.05 if k in ("MD", "UA", "TR") else 0.07)
        if f and rng.random() < swap:
            g, f = f, g
        return g, m, f

    def records(self, p, k):
        """Yield k records (as lists of 11 fields after record_id) for person p."""
        rng = self.rng
        out = []
        bases = {}
        for _ in range(k):
            if out and rng.random() < 0.015:
                out.append(out[rng.randrange(len(out))])  # exact re-import
                continue
            src = "BG" if rng.random() < p.p_bg else "RO"
            base = bases.get(src)
            if base is not None and rng.random() < 0.35:
                rec = list(base)
                # the event changes: phone / car of this occasion
                if rng.random() < 0.5:
                    rec[9] = self.phone_field(p, src)
                if rng.random() < 0.4:
                    rec[10] = self.plate_field(p, src)
                out.append(rec)
                continue
            rec = self.fresh(p, src)
            if base is None:
                bases[src] = rec
            out.append(rec)
        return out

    def _shared_or_own(self, p, src, render, slot, group_rate, own, own_rate):
        """The migrant group's phone or plate (group[slot]) at group_rate, else one of the person's
        own (the first one mostly) at own_rate, rendered for the recording system."""
        rng = self.rng
        if p.group is not None and rng.random() < group_rate:
            return render(rng, p.group[slot], src)
        if own and rng.random() < own_rate:
            return render(rng, own[0] if len(own) == 1 or rng.random() < 0.7 else own[1], src)
        return ""

    def phone_field(self, p, src):
        return self._shared_or_own(p, src, render_phone, 1, 0.25, p.phones, 0.5)

    def plate_field(self, p, src):
        return self._shared_or_own(p, src, render_plate, 2, 0.12, p.plates, 0.55)

    def register_record(self, p, src):
        rng = self.rng
        y, mo, d = p.dob
        if src == "BG":
            g, m, f, nid = p.g, p.m, p.f, p.egn
        else:
            g, m, f, nid = (p.g + "-" + p.g2) if p.g2 else p.g, "", p.f, p.cnp
        if rng.random() < 0.01:
            nid = digit_error(rng, nid)
        doc = render_doc(rng, p.docs[0]) if rng.random() < 0.3 else ""
        nat = p.nat if rng.random() < 0.97 else ""
        return [
            src,
            g,
            m,
            f,
            f"{y:04d}-{mo:02d}-{d:02d}",
            p.sex,
            nid,
            doc,
            nat,
            self.phone_field(p, src),
            self.plate_field(p, src),
        ]

    def fresh(self, p, src):
        rng = self.rng
        k = p.kind
        mig = k == "MIG"
        from_doc = bool(p.docs) and rng.random() < (0.6 if not mig else 0.7)
        # a home national identified by CNP/EGN: identity data is pulled from the population register
        # (DEPABD in Romania, NBD "Naselenie"/GRAO in Bulgaria), so it is complete and clean
        if ((src == "BG" and k in ("BG", "BGT")) or (src == "RO" and k == "RO")) and rng.random() < 0.4:
            return self.register_record(p, src)
        g, m, f = self.names(p, src, from_doc)
        # capitals / noise
        upper_p = 0.08 if src == "BG" else 0.07
        if from_doc and src == "RO" and rng.random() < 0.12:  # MRZ-derived
            g, m, f = (diacritics(x, "none").upper() for x in (g, m, f))
        elif rng.random() < upper_p:
            g, m, f = g.upper(), m.upper(), f.upper()
        fields = [g, m, f]
        for i in range(3):
            if fields[i]:
                r = rng.random()
                if r < 0.03:
                    fields[i] = typo(rng, fields[i])
                elif r < 0.038:
                    fields[i] = ocr(rng, fields[i])
        g, m, f = fields
        if rng.random() < 0.006:
            g = ""
        if rng.random() < 0.004:
            f = ""
        # birth date
        if mig and (p.nopass or not from_doc):
            dob = p.decl
            if rng.random() < 0.1:
                dob = (dob[0] + rng.choice((-1, 1)), dob[1], dob[2])
            miss = 0.2
        else:
            dob = p.dob
            miss = 0.08 if not mig else 0.12
        if rng.random() < miss:
            bd = ""
        else:
            y, mo, d = dob
            r = rng.random()
            if r < 0.008 and d <= 12 and d != mo:
                mo, d = d, mo
            bd = f"{y:04d}-{mo:02d}-{d:02d}"
            if r > 0.988:
                bd = digit_error(rng, bd)
                if not _valid_date(bd):
                    bd = f"{y:04d}-{mo:02d}-{d:02d}"
        # sex
        sex = p.sex if rng.random() < (0.94 if not mig else 0.88) else ""
        if sex and rng.random() < 0.004:
            sex = "F" if sex == "M" else "M"
        # national id
        nid = ""
        r = rng.random()
        if k in ("BG", "BGT"):
            if r < (0.8 if src == "BG" else 0.42):
                nid = p.egn
        elif k == "RO":
            if r < (0.82 if src == "RO" else 0.38):
                nid = p.cnp
        else:
            if src == "BG" and p.lnch and r < 0.7:
                nid = p.lnch
            elif (src == "RO" and p.cnp and r < 0.7) or (p.cnp and r < 0.25):
                nid = p.cnp
        if nid and rng.random() < 0.03:
            nid = digit_error(rng, nid)
        # document
        doc = ""
        if p.docs and rng.random() < (0.5 if from_doc else 0.15):
            doc = render_doc(
                rng,
                p.docs[0] if len(p.docs) == 1 or rng.random() < 0.6 else p.docs[rng.randrange(len(p.docs))],
            )
            r = rng.random()
            if r < 0.025:
                doc = digit_error(rng, doc)
            elif r < 0.035:
                doc = doc.replace("0", "O", 1)
        # nationality
        nat = p.nat
        if p.nat2 and rng.random() < 0.3:
            nat = p.nat2
        if rng.random() < 0.05:
            nat = ""
        elif mig and rng.random() < 0.04:
            nat = rng.choice(("SY", "IQ", "PS", "AF", "IR", "PK"))
        phone = self.phone_field(p, src)
        plate = self.plate_field(p, src)
        return [src, g, m, f, bd, sex, nid, doc, nat, phone, plate]


def _valid_date(s):
    try:
        y, m, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    except ValueError:
        return False
    if not (1 <= m <= 12 and 1900 <= y <= 2010):
        return False
    return 1 <= d <= (28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))


_PATR = dict(BG_MALE + BG_TURK_MALE)


def generate(n, seed):
    g = Gen(seed)
    rng = g.rng
    lines = []
    total = 0
    while total < n:
        persons = g.household() if rng.random() < 0.07 else [g.new_person()]
        for p in persons:
            if total >= n:
                break
            k = min(RECS_PER_PERSON.pick(rng), n - total)
            if len(persons) > 1 and k == 1 and rng.random() < 0.5:
                k = min(2, n - total)
            for rec in g.records(p, k):
                lines.append((p.pid, ",".join(_clean(x) for x in rec)))
            total += k
    rng.shuffle(lines)
    return lines


def _clean(s):
    if "," in s or '"' in s:
        return '"' + s.replace('"', '""') + '"'
    return s


HEADER = "record_id,source,given_name,middle_name,family_name,birth_date,sex,national_id,document_number,nationality,phone,vehicle_plate"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    t0 = time.time()
    lines = generate(a.n, a.seed)
    width = max(7, len(str(len(lines))))
    with (
        open(a.out, "w", encoding="utf-8", newline="") as out,
        open(a.truth, "w", encoding="utf-8", newline="") as tr,
    ):
        out.write(HEADER + "\n")
        tr.write("record_id,person_id\n")
        ob, tb = [], []
        for i, (pid, line) in enumerate(lines):
            rid = f"r{i + 1:0{width}d}"
            ob.append(f"{rid},{line}\n")
            tb.append(f"{rid},p{pid}\n")
            if len(ob) >= 50000:
                out.write("".join(ob))
                tr.write("".join(tb))
                ob, tb = [], []
        out.write("".join(ob))
        tr.write("".join(tb))
    print(f"{len(lines)} records in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
