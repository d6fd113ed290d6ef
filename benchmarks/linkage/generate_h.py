"""Generator H: synthetic RO/BG police and border-police person records for record linkage.

Usage: python benchmarks/linkage/generate_h.py N OUT.csv --truth TRUTH.csv --seed S

Standard library only; the output is a pure function of (N, seed). OUT.csv has the contract's
12 columns (record_id, source, given_name, middle_name, family_name, birth_date, sex, national_id,
document_number, nationality, phone, vehicle_plate), rows shuffled, ids h0000001... assigned after
shuffling. TRUTH.csv maps record_id -> person_id.

What the data models
====================
A file of person records that a joint RO-BG case team would pull from both countries' police and
border-police systems. Each record is one *event* in one *system* (source RO or BG): a border check
read from a document, a police identity check (incl. joint patrols at Bulgarian resorts), a traffic
incident, a migrant apprehension, an asylum / residence registration, or an investigation file.

Population (share of persons; the number of persons grows with N, about N / 2.65, so namesakes
get denser in bigger files: surnames have a realistic head of very common names - Иванов,
Popa, Yılmaz, Mohammed as given name - and a long tail built from each language's morphology):
  * Romanian citizens ~40 %, Bulgarian citizens ~37 % (about 9 % of them Bulgarian Turks with
    Turkish names in Cyrillic), smugglers / offenders (RO, BG, TR, MD citizens) ~1.6 %;
  * Moldovans ~3.5 % (a third also hold Romanian citizenship and a CNP), Ukrainians ~3 %
    (temporary protection: LNCh in BG or foreigner CNP 7/8 in RO), Turks ~3.5 % (a quarter of the
    men lorry drivers with many border records; some with EGN or LNCh);
  * third-country migrants ~11 %: Afghanistan, Syria, Iraq, Pakistan, Morocco, Iran.
People come in households: couples (wife takes the husband's surname in its female form, shares his
phone or car), parents with adult children (BG patronymic = father's given name; BG first sons
often carry the paternal grandfather's given name, RO sons sometimes their father's exact name),
twins (same birth date, surname, patronymic, identifiers issued side by side), and migrant
families / groups travelling together (one phone; a few records carry the smuggler's number).

Records per person (mean about 2.65; 38 % of persons have a single record): ordinary citizens
1 (40 %), 2 (25 %), 3 (14 %) ... 12 (mean 2.5); foreigners similar with a tail of frequent
crossers (mean 3-4, lorry drivers up to 36); migrants 1-8 (mean 2.5); smugglers 3-30 (mean 8.5).
About 42 % of ordinary citizens travel, and their records fall in both systems; foreigners and
migrants are seen by both systems in varying proportions. Overall about 20 % of persons (a third
of those with more than one record) and about a quarter of the true pairs span both systems.

How each system writes a name
  * BG system, Bulgarian citizens: Cyrillic given / patronymic / family (patronymic present in
    most records), upper case in most border records and in part of the police records.
  * RO system, Bulgarian citizens: the person's document spelling (2009 official transliteration
    with the word-final -ия rule; older passports use pre-2009 spellings such as Iordan,
    Zheliazkov), or an officer's Romanian-style (Hristo Jeliazkov, Țvetan, Gheorghi), Anglo
    (Khristo), French (Tchavdar, Jivkov, -off) or German-style spelling; the patronymic is in
    middle_name, appended to the given name (passport "given names") or dropped.
  * RO system, Romanians: correct comma-below diacritics, legacy cedilla (ş ţ), or none (MRZ,
    upper case); second given names in given_name, middle_name, hyphenated or dropped; î/â spelling
    variants; rarely father's initial in middle_name.
  * BG system, Romanians / Moldovans / Turks / migrants: Latin from the document (upper case, no
    diacritics) or a Bulgarian Cyrillic transcription (Щефан Ницу, Мохамед, Йълмаз).
  * Third-country names: per-name transliteration variant sets (Mohammed / Muhammad / Mohamed /
    Мохамед, Youssef / Yusuf / Iusuf, Al-Hassan / Alhassan / El Hassan...), Afghans often without
    family name (father's name instead), given and family name swapped more often.
  * Within one system a person's later records usually reuse the file's spelling (so within-system
    duplicates vary less than cross-border pairs). On top: given/family swap (about 3 %, 8 %
    for migrants), name typos (about 3 %), Cyrillic homoglyphs typed into Latin names in BG
    (about 0.7 %), married women's maiden vs married or hyphenated surname.

Identifiers and other fields
  * CNP (RO citizens; 7/8 for foreign residents and asylum seekers), EGN (BG citizens), LNCh
    (foreigners registered in BG), all with valid checksums and consistent birth date / sex;
    present in most own-system records, less often abroad; about 2 % of written ids mistyped
    (digit change, transposition, lost digit), rarely the document number in the national_id
    field. Different persons never share an identifier.
  * Birth dates: always real calendar dates; about 5 % of citizens' records and about 22 % of
    migrants' records undated (7 % overall); migrants often with only the year (YYYY-01-01) and declared
    dates that change between registrations; day/month swaps and digit slips (kept valid).
  * Documents: ID cards and passports (a person may have both, and renewals), in the formats of
    each country, written with or without spaces, sometimes OCR-confused (O/0, I/1, B/8).
  * Phones: the same E.164 number written nationally (0721 234 567, 0888123456), with +CC, 00CC,
    (0) etc.; persons change numbers, households share them.
  * Plates: RO "B 123 ABC" / "B123ABC" / "B-123-ABC"; BG "СА 1234 ВХ" in Cyrillic in the BG
    system and Latin "CA1234BX" in the RO system (and mixed), plus UA, MD, TR plates; shared
    within households, several per smuggler.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import random
import sys
from itertools import accumulate

# ---------------------------------------------------------------------------------------------
# Weighted choice helper
# ---------------------------------------------------------------------------------------------


class W:
    """A weighted list; pick(rng) returns one item."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(float(p[1]) for p in pairs))
        self.total = self.cum[-1]

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def cap(w):
    return w[:1].upper() + w[1:]


def title(s):
    return "-".join(" ".join(cap(p) for p in seg.split(" ")) for seg in s.split("-"))


def _w(text):
    """Split a space-separated word list."""
    return text.split()


def wl(text):
    """Parse 'Name:weight Name:weight ...' (weight default 1)."""
    out = []
    for tok in text.split():
        if ":" in tok:
            n, w = tok.rsplit(":", 1)
            out.append((n.replace("_", " "), float(w)))
        else:
            out.append((tok.replace("_", " "), 1.0))
    return out


# ---------------------------------------------------------------------------------------------
# Name pools (weights roughly follow real frequency ranks: common names really common)
# ---------------------------------------------------------------------------------------------

BG_MALE = wl(
    "Георги:40 Иван:36 Димитър:30 Николай:26 Петър:22 Христо:16 Стефан:14 Йордан:13 Александър:15 "
    "Тодор:12 Васил:12 Атанас:11 Стоян:11 Красимир:10 Пламен:10 Валентин:8 Любомир:7 Мартин:9 "
    "Илия:7 Ангел:8 Емил:7 Борис:7 Цветан:7 Кирил:7 Владимир:7 Даниел:6 Симеон:5 Калоян:5 "
    "Светослав:5 Божидар:4 Милен:4 Венцислав:4 Желязко:3 Здравко:4 Чавдар:3 Живко:3 Веселин:5 "
    "Огнян:3 Радослав:5 Янко:3 Асен:4 Благой:3 Костадин:4 Младен:4 Цветомир:3 Юлиан:3 Ивайло:7 "
    "Тихомир:3 Евгени:4 Михаил:5 Павел:5 Никола:6 Станимир:3 Румен:5 Росен:4 Виктор:4 Траян:2 "
    "Сашо:2 Драгомир:2 Кристиян:4 Бойко:3 Щерьо:1 Гергана:0"
)
BG_MALE = [p for p in BG_MALE if p[1] > 0]
BG_FEMALE = wl(
    "Мария:40 Иванка:14 Елена:18 Йорданка:10 Пенка:6 Даниела:10 Виолета:7 Росица:8 Цветанка:6 "
    "Надежда:7 Десислава:10 Гергана:7 Силвия:7 Николина:6 Галина:8 Светла:5 Красимира:6 Петя:8 "
    "Станка:5 Милена:8 Ваня:6 Радка:5 Анна:6 Теодора:6 Стефка:5 Яна:4 Юлия:5 Христина:5 "
    "Снежана:6 Емилия:5 Кристина:6 Габриела:5 Виктория:5 Александра:5 Поля:4 Златка:3 "
    "Веселина:5 Мариана:4 Антоанета:4 Анелия:4 Сияна:3 Марияна:2 Диана:5 Цвета:3 Катя:4 Донка:3"
)
BG_TURK_MALE = wl(
    "Мехмед:8 Ахмед:6 Мустафа:5 Али:5 Хасан:5 Хюсеин:5 Исмаил:4 Ибрахим:4 Юсеин:4 Салих:3 Орхан:3 Неджми:2"
)
BG_TURK_FEMALE = wl("Айше:8 Фатме:7 Емине:6 Хатидже:4 Зейнеп:3 Гюлтен:3 Сабрие:3 Невин:3 Айсел:3")
BG_FAMILY = wl(
    "Иванов:40 Георгиев:36 Димитров:33 Петров:30 Николов:26 Христов:20 Стоянов:18 Тодоров:16 "
    "Илиев:15 Василев:14 Атанасов:14 Петков:12 Ангелов:12 Колев:11 Йорданов:10 Маринов:10 "
    "Стефанов:10 Попов:10 Михайлов:9 Костадинов:8 Кръстев:8 Цветков:7 Желязков:5 Славов:5 "
    "Марков:6 Павлов:7 Александров:6 Митев:7 Симеонов:5 Русев:6 Станчев:5 Стойчев:4 Ненчев:3 "
    "Коев:3 Велчев:4 Найденов:5 Жеков:4 Вълчев:5 Шишков:2 Чолаков:2 Щерев:2 Живков:3 Янков:4 "
    "Кирилов:5 Борисов:6 Радев:6 Денев:4 Пеев:3 Драганов:4 Станков:5 Филипов:4 Любенов:3 Енчев:3 "
    "Ганчев:3 Тончев:3 Дончев:4 Станев:4 Панайотов:3 Спасов:4 Добрев:5 Григоров:4 Каменов:3 "
    "Лазаров:4 Арнаудов:2 Хаджиев:2 Калчев:3 Тотев:3 Ковачев:4 Бояджиев:2 Гюров:2 Чакъров:2 "
    "Златев:3 Стамболийски:1 Раковски:1 Савов:3 Зафиров:2 Пенчев:3 Цанков:2 Радославов:1 "
    "Маджаров:1 Христозов:2 Юруков:1 Гочев:2 Ярославов:1 Йовчев:2 Пашов:2 Ценов:2 Бъчваров:1"
)
BG_TURK_FAMILY = wl(
    "Мехмедов:6 Ахмедов:6 Хасанов:5 Алиев:6 Мустафов:5 Исмаилов:4 Юсеинов:4 Хюсеинов:4 Ибрямов:3 "
    "Салиев:3 Османов:3 Реджебов:2 Шабанов:2"
)
# explicit patronymic forms where the simple rule is not the usual one
BG_PATRON = {
    "Васил": "Василев",
    "Ангел": "Ангелов",
    "Михаил": "Михайлов",
    "Павел": "Павлов",
    "Али": "Алиев",
    "Никола": "Николов",
    "Сашо": "Сашов",
    "Благой": "Благоев",
    "Бойко": "Бойков",
    "Щерьо": "Щерев",
    "Илия": "Илиев",
    "Хюсеин": "Хюсеинов",
    "Юсеин": "Юсеинов",
    "Салих": "Салиев",
    "Неджми": "Неджмиев",
}


# Romanian officers sometimes write the Romanian cognate of a Bulgarian given name
RO_COGNATE = {
    "Георги": "Gheorghe",
    "Петър": "Petru",
    "Иван": "Ioan",
    "Николай": "Nicolae",
    "Димитър": "Dumitru",
    "Стефан": "Ștefan",
    "Михаил": "Mihail",
    "Александър": "Alexandru",
    "Мария": "Maria",
    "Елена": "Elena",
}


def bg_patronymic(father):
    if father in BG_PATRON:
        return BG_PATRON[father]
    if father.endswith("ър"):
        return father[:-2] + "ров"
    if father.endswith("й"):
        return father[:-1] + "ев"
    if father.endswith("и"):
        return father + "ев"
    if father.endswith("я"):
        return father[:-1] + "ев"
    if father[-1] in "оае":
        return father[:-1] + "ов"
    if father[-1] in "жчшщц":
        return father + "ев"
    return father + "ов"


def bg_fem(surname):
    if surname.endswith("ски"):
        return surname[:-1] + "а"
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname


RO_MALE = wl(
    "Ion:30 Andrei:22 Alexandru:26 Gheorghe:20 Constantin:20 Mihai:22 Ștefan:13 Florin:11 Cristian:15 "
    "Daniel:15 Marian:13 Nicolae:15 Vasile:17 Ionuț:11 Gabriel:13 Adrian:13 Dumitru:13 Petru:6 "
    "Lucian:6 Răzvan:7 Cătălin:9 Bogdan:10 Sorin:7 Marius:11 Costel:5 Vlad:6 Ciprian:6 Dragoș:5 "
    "Mircea:5 Tudor:4 Radu:8 Cosmin:6 Valentin:6 Iulian:6 Emil:4 Viorel:6 Aurel:4 Silviu:3 "
    "Ovidiu:3 Liviu:3 Sebastian:4 David:4 Darius:2 Ilie:4 Petrică:3 Ionel:6 Gheorghiță:2 Nelu:2 "
    "Eugen:3 Laurențiu:3 Octavian:2 Virgil:2 Traian:2 Costică:2 Decebal:1"
)
RO_FEMALE = wl(
    "Maria:30 Elena:25 Ioana:18 Andreea:16 Ana:12 Mihaela:12 Gabriela:10 Alexandra:12 Cristina:12 "
    "Florentina:6 Daniela:10 Georgiana:6 Nicoleta:8 Ionela:6 Mariana:10 Alina:8 Roxana:7 Simona:7 "
    "Raluca:6 Larisa:4 Adriana:6 Carmen:6 Ramona:6 Valentina:5 Luminița:5 Doina:4 Rodica:5 "
    "Gheorghița:3 Ștefania:4 Oana:6 Diana:6 Iuliana:5 Irina:5 Loredana:4 Claudia:4 Camelia:4 "
    "Lenuța:2 Viorica:5 Aurelia:3 Angela:4 Violeta:3 Anca:5 Petruța:2 Tatiana:2"
)
RO_FAMILY = wl(
    "Popa:30 Popescu:28 Pop:20 Radu:16 Ionescu:14 Dumitru:14 Stan:12 Stoica:11 Gheorghe:10 Matei:9 "
    "Constantin:10 Rusu:10 Mihai:9 Ciobanu:9 Marin:9 Șerban:7 Florea:8 Moldovan:8 Lazăr:6 Dinu:8 "
    "Ioniță:7 Munteanu:9 Ene:7 Tudor:7 Stanciu:7 Oprea:7 Vasile:8 Neagu:6 Dobre:7 Dragomir:6 "
    "Barbu:6 Nistor:5 Cristea:6 Toma:6 Niță:5 Nițu:4 Sandu:7 Ilie:6 Mocanu:5 Ștefan:5 Dima:5 "
    "Ursu:5 Manea:6 Coman:6 Badea:5 Mazilu:3 Diaconu:4 Bălan:5 Lungu:5 Bratu:4 Voicu:5 Grigore:5 "
    "Nedelcu:4 Anghel:5 Surdu:3 Enache:5 Vlad:5 Iordache:5 Cojocaru:6 Zamfir:4 Tănase:4 Preda:5 "
    "Stoian:5 Moraru:5 Chiriac:4 Petrescu:4 Răducanu:3 Țurcanu:3 Mitrea:3 Pârvu:3 Sârbu:4 "
    "Câmpeanu:2 Vlăduț:2 Ciocârlan:2 Păun:3 Mușat:3 Bucur:4 Țăranu:2 Dănilă:3 Jitaru:2 Costache:4"
)
MD_MALE = wl(
    "Ion:20 Vasile:12 Alexandru:14 Sergiu:10 Andrei:10 Dumitru:8 Vitalie:8 Victor:8 Igor:6 "
    "Serghei:6 Nicolae:8 Oleg:5 Veaceslav:4 Gheorghe:6 Mihail:5 Valeriu:4 Iurie:5 Constantin:4 Ruslan:3"
)
MD_FEMALE = wl(
    "Ana:10 Maria:12 Elena:10 Natalia:10 Tatiana:8 Olga:6 Svetlana:5 Ecaterina:6 Irina:6 Cristina:6 "
    "Valentina:5 Ludmila:4 Galina:4 Diana:4 Nadejda:3"
)
MD_FAMILY = wl(
    "Rotari:6 Ceban:8 Cebotari:7 Țurcanu:5 Rusu:7 Lungu:6 Munteanu:5 Botnari:4 Guțu:4 Sîrbu:5 "
    "Melnic:5 Bodiu:3 Croitoru:5 Popa:6 Ciobanu:7 Cojocari:6 Moraru:4 Roșca:5 Morari:4 Railean:3 "
    "Plămădeală:2 Bivol:3 Cazacu:4 Grosu:5 Chiriac:3 Țîbîrnă:1 Ursu:4"
)
MD_FEM_FAMILY = {}

# Ukrainian: (Cyrillic, Latin passport spelling, other Latin spellings met in RO/BG files)
UA_MALE = [
    ("Олександр", "Oleksandr", "Aleksandr Oleksandr Olexandr", 14),
    ("Сергій", "Serhii", "Sergii Serhiy Sergiy Serghei Sergey", 10),
    ("Володимир", "Volodymyr", "Volodimir Vladimir Volodimyr", 9),
    ("Андрій", "Andrii", "Andriy Andrei Andrey Andrii", 9),
    ("Микола", "Mykola", "Mikola Nikolai Mycola", 7),
    ("Дмитро", "Dmytro", "Dmitro Dmitri Dmytro", 8),
    ("Юрій", "Yurii", "Iurii Yuriy Yuri Iurie", 6),
    ("Василь", "Vasyl", "Vasil Vasili Vasyl", 6),
    ("Іван", "Ivan", "Ivan Ivan", 8),
    ("Віктор", "Viktor", "Victor Viktor", 6),
    ("Максим", "Maksym", "Maksim Maxim Maksym", 6),
    ("Богдан", "Bohdan", "Bogdan Bohdan", 5),
]
UA_FEMALE = [
    ("Олена", "Olena", "Elena Olena Olena", 12),
    ("Наталія", "Nataliia", "Natalia Nataliya Natalija", 10),
    ("Тетяна", "Tetiana", "Tatiana Tetyana Tatyana", 9),
    ("Ірина", "Iryna", "Irina Iryna Iryna", 9),
    ("Оксана", "Oksana", "Oksana Oxana", 8),
    ("Юлія", "Yuliia", "Iulia Yulia Yuliya", 7),
    ("Анна", "Anna", "Ana Hanna Anna", 8),
    ("Світлана", "Svitlana", "Svetlana Svitlana", 6),
    ("Марія", "Mariia", "Maria Mariya Mariia", 6),
    ("Вікторія", "Viktoriia", "Victoria Viktoriya Viktoria", 6),
]
UA_FAMILY = [
    ("Шевченко", "Shevchenko", "Sevcenko Şevcenko Shevcenko Schewtschenko", 10),
    ("Коваленко", "Kovalenko", "Covalenco Kovalenko", 8),
    ("Бондаренко", "Bondarenko", "Bondarenco Bondarenko", 8),
    ("Ткаченко", "Tkachenko", "Tkacenko Tkacenco Tkatchenko", 7),
    ("Кравченко", "Kravchenko", "Kravcenko Cravcenco", 7),
    ("Мельник", "Melnyk", "Melnik Melnic", 7),
    ("Бойко", "Boiko", "Boyko Boico", 6),
    ("Коваль", "Koval", "Kowal Coval", 6),
    ("Олійник", "Oliinyk", "Oliynyk Oleinik Oliinik", 5),
    ("Поліщук", "Polishchuk", "Polişciuk Polishchuk Polishuk", 4),
    ("Лисенко", "Lysenko", "Lisenko Lysenko Lisenco", 5),
    ("Мороз", "Moroz", "Moroz", 5),
    ("Марченко", "Marchenko", "Marcenko Marcenco", 4),
    ("Савченко", "Savchenko", "Savcenko Savcenco", 4),
    ("Руденко", "Rudenko", "Rudenco Rudenko", 4),
    ("Кравчук", "Kravchuk", "Kravciuk Kravchuk", 4),
]

TR_MALE = wl(
    "Mehmet:20 Mustafa:14 Ahmet:14 Ali:12 Hüseyin:10 Hasan:10 İbrahim:8 İsmail:7 Osman:6 Yusuf:7 "
    "Murat:8 Ömer:6 Ramazan:5 Halil:5 Süleyman:5 Emre:5 Fatih:5 Kemal:4 Erdoğan:3 Serkan:3 Cengiz:2"
)
TR_FEMALE = wl(
    "Ayşe:10 Fatma:10 Emine:8 Hatice:7 Zeynep:6 Elif:6 Meryem:4 Şerife:3 Sultan:3 Hanife:3 Özlem:3"
)
TR_FAMILY = wl(
    "Yılmaz:12 Kaya:9 Demir:9 Şahin:8 Çelik:8 Yıldız:7 Yıldırım:7 Öztürk:7 Aydın:7 Özdemir:6 "
    "Arslan:6 Doğan:6 Kılıç:5 Aslan:4 Çetin:5 Kara:5 Koç:5 Kurt:5 Özkan:4 Şimşek:4 Güneş:3 Polat:3"
)

# third-country names: canonical spelling + variants as written by RO/BG officers
MIG_VARIANTS = {
    "Mohammed": "Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Mouhamed Muhamed Mohamd",
    "Ahmad": "Ahmad Ahmed Ahmet Achmed Akhmad",
    "Ali": "Ali Aly Alli",
    "Omar": "Omar Umar Omer Oumar",
    "Hassan": "Hassan Hasan Hassane Hasen",
    "Hussein": "Hussein Hussain Husain Husein Houssein Hossein",
    "Youssef": "Youssef Yousef Yusuf Yousif Youcef Jusuf Yusef Iusuf",
    "Abdullah": "Abdullah Abdallah Abdulla Abdalla Abd_Allah",
    "Abdulrahman": "Abdulrahman Abdul_Rahman Abdelrahman Abd_al-Rahman Abdurrahman Abdul-Rahman",
    "Khaled": "Khaled Khalid Haled Chaled Halid",
    "Mahmoud": "Mahmoud Mahmud Mahmood Mahmut",
    "Mustafa": "Mustafa Mostafa Moustafa Mustapha",
    "Ibrahim": "Ibrahim Ebrahim Ibraheem Brahim",
    "Rashid": "Rashid Rachid Rasheed Rashed Rasid",
    "Karim": "Karim Kareem Kerim",
    "Hamza": "Hamza Hamzah Hamsa",
    "Bilal": "Bilal Belal",
    "Tariq": "Tariq Tarek Tarik Tareq",
    "Saeed": "Saeed Said Saied Saïd Sayid",
    "Yasin": "Yasin Yassin Yassine Yaseen Iasin",
    "Amir": "Amir Ameer Emir",
    "Abdul": "Abdul Abdool Abdel Abdoul",
    "Zabihullah": "Zabihullah Zabiullah Zabihulla Zabihollah",
    "Najibullah": "Najibullah Najibulla Nadjibullah Najeebullah",
    "Noor": "Noor Nur Nour",
    "Gul": "Gul Gol Gull",
    "Hamid": "Hamid Hameed Hamed",
    "Rahim": "Rahim Raheem Rakhim",
    "Sayed": "Sayed Sayyid Seyed Said Sayid",
    "Javid": "Javid Jawid Javed Djavid",
    "Shafiq": "Shafiq Shafik Shafique",
    "Mirwais": "Mirwais Mirways Mir_Wais",
    "Imran": "Imran Imraan",
    "Usman": "Usman Osman Othman Usmaan",
    "Zubair": "Zubair Zubayr Zoubair",
    "Waqas": "Waqas Waqqas Vakas",
    "Reza": "Reza Riza Resa",
    "Hossein": "Hossein Hosein Hussein Hosseyn",
    "Mehdi": "Mehdi Mahdi Mehdy",
    "Fatima": "Fatima Fatimah Fatema Fatma Fatemeh",
    "Aisha": "Aisha Aicha Aysha Ayesha Aischa",
    "Mariam": "Mariam Maryam Meryem Miriam",
    "Zainab": "Zainab Zaynab Zeinab Zeynab",
    "Layla": "Layla Leila Laila Leyla",
    "Amina": "Amina Aminah Emina",
    "Noor_F": "Noor Nour Nur",
    "Al-Hassan": "Al-Hassan Al_Hassan Alhassan El_Hassan Hassan",
    "Al-Ahmad": "Al-Ahmad Al_Ahmad Alahmad Al-Ahmed",
    "Al-Khatib": "Al-Khatib Al_Khatib Alkhatib El_Khatib Khatib",
    "Al-Ali": "Al-Ali Al_Ali Alali El_Ali",
    "Al-Masri": "Al-Masri Al_Masri Almasri El_Masri",
    "Al-Hamad": "Al-Hamad Al_Hamad Alhamad",
    "Hussain": "Hussain Hussein Husain Hosain",
    "Khalil": "Khalil Halil Khaleel",
    "Haddad": "Haddad Hadad",
    "Othman": "Othman Osman Uthman Otman",
    "Saleh": "Saleh Salih Saleh",
    "Suleiman": "Suleiman Sulaiman Sleiman Suleyman",
    "Darwish": "Darwish Darvish Derwish",
    "Jaber": "Jaber Jabir Djaber",
    "Nasser": "Nasser Naser Nasir",
    "Al-Jubouri": "Al-Jubouri Al_Jaburi Aljubouri Al-Juburi",
    "Al-Tamimi": "Al-Tamimi Al_Tamimi Altamimi",
    "Ahmadi": "Ahmadi Ahmady Akhmadi",
    "Hosseini": "Hosseini Husseini Hussaini Hosaini",
    "Mohammadi": "Mohammadi Muhammadi Mohamadi",
    "Rahimi": "Rahimi Rahimy Rakhimi",
    "Karimi": "Karimi Karimy Kerimi",
    "Hakimi": "Hakimi Hakimy Khakimi",
    "Sultani": "Sultani Soltani Sultany",
    "Noori": "Noori Nouri Nuri",
    "Amiri": "Amiri Amiry",
    "Safi": "Safi Safy",
    "Stanikzai": "Stanikzai Stanekzai Stanakzai",
    "Popalzai": "Popalzai Popalzay",
    "Jalali": "Jalali Djalali Jalaly",
    "Khan": "Khan Khan Han",
    "Shah": "Shah Sha",
    "Malik": "Malik Malek",
    "Butt": "Butt But",
    "Iqbal": "Iqbal Ikbal",
    "Akhtar": "Akhtar Akhter Akhtar",
    "Raza": "Raza Reza",
    "Chaudhry": "Chaudhry Chaudhary Choudhry Chaudri",
    "El_Idrissi": "El_Idrissi Idrissi El-Idrissi Elidrissi",
    "Benali": "Benali Ben_Ali Ben-Ali",
    "El_Amrani": "El_Amrani Amrani El-Amrani",
    "Bouzid": "Bouzid Bouzide Buzid",
    "Alaoui": "Alaoui Alaui Alawi",
    "Belkacem": "Belkacem Belkassem Belqasim",
    "Rezaei": "Rezaei Rezaie Rezai",
    "Moradi": "Moradi Muradi",
    "Jafari": "Jafari Jaafari Djafari",
    "Sadeghi": "Sadeghi Sadeqi Sadegi",
}
MIG_POOLS = {
    # nationality: (male given, female given, family names, share without family name)
    "AF": (
        wl(
            "Mohammed:10 Ahmad:8 Abdul:6 Gul:3 Noor:4 Sayed:4 Hamid:4 Rahim:4 Zabihullah:3 "
            "Najibullah:3 Javid:3 Shafiq:3 Mirwais:2 Ali:4 Omar:2 Bilal:2 Hussein:2"
        ),
        wl("Fatima:6 Mariam:4 Zainab:3 Noor_F:3 Layla:2 Aisha:2"),
        wl(
            "Ahmadi:8 Rahimi:5 Hakimi:4 Karimi:5 Sultani:4 Hosseini:5 Noori:4 Amiri:4 Safi:3 "
            "Stanikzai:3 Popalzai:2 Mohammadi:6 Jalali:3 Khan:5"
        ),
        0.35,
    ),
    "SY": (
        wl(
            "Mohammed:12 Ahmad:8 Ali:5 Omar:5 Khaled:5 Hassan:4 Hussein:3 Abdullah:4 Mahmoud:4 "
            "Mustafa:3 Ibrahim:4 Youssef:4 Yasin:2 Abdulrahman:3 Hamza:2 Bilal:2 Tariq:2 Amir:2"
        ),
        wl("Fatima:5 Aisha:3 Mariam:4 Zainab:2 Layla:3 Amina:3 Noor_F:3"),
        wl(
            "Al-Hassan:5 Al-Ahmad:5 Hussein:3 Khalil:4 Ibrahim:3 Mahmoud:3 Al-Khatib:3 Haddad:3 "
            "Othman:3 Saleh:3 Suleiman:3 Darwish:3 Jaber:2 Nasser:2 Al-Ali:4 Al-Hamad:3 Al-Masri:3"
        ),
        0.0,
    ),
    "IQ": (
        wl("Mohammed:10 Ali:8 Ahmad:6 Hussein:6 Omar:3 Abdullah:3 Mustafa:4 Hassan:4 Karim:3 Saeed:3"),
        wl("Fatima:5 Zainab:5 Mariam:3 Layla:2 Noor_F:3"),
        wl("Al-Jubouri:5 Al-Tamimi:4 Hussein:4 Al-Ali:4 Khalil:3 Saleh:3 Hussain:3 Jaber:2 Al-Hassan:3"),
        0.0,
    ),
    "PK": (
        wl("Mohammed:10 Ali:6 Imran:5 Usman:4 Bilal:4 Zubair:3 Waqas:3 Ahmad:4 Hamza:3 Abdullah:3 Amir:2"),
        wl("Fatima:4 Aisha:3 Mariam:2 Zainab:2"),
        wl("Khan:10 Hussain:6 Shah:5 Malik:5 Butt:4 Iqbal:4 Akhtar:4 Raza:3 Chaudhry:4 Ahmadi:1"),
        0.05,
    ),
    "MA": (
        wl("Mohammed:12 Youssef:6 Rashid:4 Abdullah:3 Hamza:3 Omar:3 Karim:3 Ibrahim:3 Saeed:3 Mustafa:2"),
        wl("Fatima:5 Aisha:3 Amina:3 Layla:2 Mariam:2"),
        wl("El_Idrissi:4 Benali:4 El_Amrani:4 Bouzid:3 Alaoui:4 Belkacem:3 Saleh:1"),
        0.0,
    ),
    "IR": (
        wl("Ali:8 Reza:6 Mohammed:6 Hossein:5 Mehdi:5 Amir:4 Saeed:3 Hamid:3"),
        wl("Fatima:4 Mariam:4 Zainab:3 Layla:3"),
        wl("Ahmadi:4 Hosseini:5 Mohammadi:5 Rezaei:4 Moradi:3 Karimi:4 Jafari:3 Rahimi:3 Sadeghi:3"),
        0.0,
    ),
}


# ---------------------------------------------------------------------------------------------
# Long tails. Real surname distributions have a head of very common names and a long tail; the
# explicit lists above are the head, the tails below are built from each language's sound
# patterns and morphology (deterministically, with their own generator), so that namesakes are
# frequent for common names and rare otherwise, as in real registers.
# ---------------------------------------------------------------------------------------------

_TAIL_RNG = random.Random("generator-h/name-tails/v1")

BG_MALE += wl(
    "Антон:2 Богдан:2 Валери:2 Васко:1 Владислав:2 Генади:1 Гоце:1 Димо:1 Добромир:1 Дончо:1 Златко:1 "
    "Иво:2 Илиян:2 Камен:2 Кольо:1 Крум:1 Любен:1 Мирослав:2 Момчил:1 Неделчо:1 Орлин:1 Пею:1 "
    "Радко:1 Ради:1 Райко:1 Славчо:1 Станислав:2 Стилиян:1 Страхил:1 Теодор:2 Трифон:1 Филип:2 "
    "Христиан:1 Цанко:1 Явор:1 Ясен:1 Боян:2 Деян:2 Димчо:1 Петко:2 Първан:1 Спас:1 Тончо:1 Венелин:1 "
    "Велизар:1 Делян:1 Галин:1 Емануил:1 Жельо:1 Кънчо:1 Лъчезар:1 Митко:1 Недко:1 Рашко:1"
)
BG_FEMALE += wl(
    "Ана:2 Бистра:1 Боряна:2 Велина:1 Венета:1 Вера:2 Галя:2 Дарина:1 Деница:3 Добринка:1 Ели:1 "
    "Живка:1 Зорница:2 Ивелина:2 Илияна:1 Калина:2 Камелия:2 Лиляна:1 Лора:1 Магдалена:1 "
    "Маргарита:2 Марина:2 Мирослава:1 Нели:1 Нина:1 Павлина:1 Рада:1 Радостина:1 Райна:1 Ралица:2 "
    "Савина:1 Сийка:1 Славка:1 Станислава:2 Таня:2 Тодорка:1 Цонка:1 Янка:1 Ясмина:1 Пламена:1 "
    "Лилия:2 Боянка:1 Грета:1 Кремена:1 Невена:1 Румяна:2 Севдалина:1 Стела:1"
)
BG_TURK_MALE += wl(
    "Айдън:1 Бейхан:1 Джевдет:1 Ерхан:1 Ерол:1 Кемал:1 Метин:1 Мюмюн:1 Нури:1 Рамадан:1 Себахтин:1 "
    "Сюлейман:1 Шабан:1 Юмер:1 Зюлкяр:1 Севгин:1 Бейти:1 Ердинч:1"
)
BG_TURK_FEMALE += wl(
    "Айлин:1 Бахри:1 Гюлай:1 Гюлсер:1 Джемиле:1 Елиф:1 Ферай:1 Хава:1 Мелек:1 Нериман:1 Семра:1 "
    "Сезгин:1 Сюзан:1 Шукрие:1 Юксел:1 Юлвие:1 Зюбейде:1"
)
RO_MALE += wl(
    "Alin:2 Aurelian:1 Beniamin:1 Călin:1 Cezar:1 Claudiu:2 Cornel:1 Costin:1 Dorin:2 Eduard:1 "
    "Emanuel:1 Fănel:1 Felix:1 Flavius:1 Gelu:1 Horia:1 Ionică:1 Iosif:1 Leonard:1 Mădălin:2 Matei:2 "
    "Mihăiță:1 Mitică:1 Nicușor:1 Paul:2 Remus:1 Robert:2 Romeo:1 Sergiu:2 Stelian:1 Teodor:1 Titus:1 "
    "Victor:2 Vasilică:1 Zaharia:1 Denis:1 Dorel:1 Gigel:1 Marcel:1 Nicu:1 Valeriu:1 Lucică:1"
)
RO_FEMALE += wl(
    "Adina:2 Alexia:1 Anișoara:1 Beatrice:1 Bianca:2 Corina:2 Crina:1 Dana:2 Delia:1 Denisa:2 "
    "Elisabeta:1 Emilia:1 Eugenia:1 Florica:1 Geanina:1 Ileana:2 Lavinia:1 Liliana:1 Lucia:1 Manuela:1 "
    "Mădălina:2 Marcela:1 Maricica:1 Marinela:1 Mirela:2 Monica:2 Natalia:1 Otilia:1 Paula:1 "
    "Petronela:1 Sabina:1 Silvia:1 Sorina:1 Tamara:1 Teodora:1 Valeria:1 Veronica:1 Victoria:1 Zoița:1"
)
MD_MALE += wl(
    "Eugeniu:2 Ghenadie:2 Valentin:2 Pavel:2 Artur:1 Dorin:2 Marin:1 Petru:2 Radu:1 Stanislav:1 Vadim:2"
)
MD_FEMALE += wl(
    "Aliona:2 Angela:2 Doina:2 Inga:1 Larisa:2 Lilia:2 Mariana:2 Nina:1 Oxana:2 Valeria:1 Zinaida:1"
)
TR_MALE += wl(
    "Burak:2 Cem:1 Deniz:1 Ercan:1 Gökhan:2 Hakan:2 İlker:1 Kadir:2 Levent:1 Orhan:2 Recep:2 Sinan:1 Tolga:1 Volkan:1 Yasin:2"
)
TR_FEMALE += wl("Aysel:1 Derya:1 Esra:2 Gül:2 Hülya:1 Leyla:2 Merve:2 Nur:1 Selin:1 Tuğba:1")


def _zipf_tail(names, total):
    ws = [1.0 / (i + 8) ** 0.9 for i in range(len(names))]
    k = total / sum(ws)
    return [(n, w * k) for n, w in zip(names, ws, strict=True)]


def with_tail(head, tail, share):
    """Head list plus a tail that carries `share` of the total weight."""
    seen = {n for n, _ in head}
    tail = [t for t in dict.fromkeys(tail) if t not in seen]
    head_total = sum(w for _, w in head)
    return head + _zipf_tail(tail, head_total * share / (1.0 - share))


def _syll(rng, onsets, vowels, codas):
    return rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)


def _bg_tail(rng, n):
    onsets = _w("Б В Г Д Ж З К Л М Н П Р С Т Ф Х Ц Ч Ш Бл Бр Гр Др Кр Пр Ст Тр Хр Цв Зл Сл Вл Гл Кл")
    vowels = ["а", "а", "е", "е", "и", "о", "о", "у", "ъ", "я"]
    codas = _w("н л р т д к с ч в м ш нч лч ст нк йч йк нд рк лк")
    mids = ["", "", "", "ч", "к", "ан", "ин", "ен", "ил", "ал", "ко"]
    out = []
    while len(out) < n:
        stem = _syll(rng, onsets, vowels, codas) + rng.choice(mids)
        if rng.random() < 0.25:
            stem += rng.choice("аеио") + rng.choice("нлрчк")
        if stem[-1] in "аеиоуъя":
            stem = stem[:-1]
        suf = "ев" if stem[-1] in "чжшщцй" or (stem[-1] in "лнр" and rng.random() < 0.4) else "ов"
        if rng.random() < 0.04:
            suf = "ски"
        out.append(stem + suf)
    return out


def _ro_tail(rng, n, sufs):
    onsets = _w("B C D F G M N P R S T V Z Br Cr Dr Gr Pr St Tr Fl Ș Ț L H Bl Ch Gh")
    vowels = ["a", "a", "e", "i", "o", "u", "ă", "â"]
    codas = ["n", "l", "r", "t", "d", "c", "s", "ș", "m", "v", "rc", "lt", "nd", "ng", "rg", "nț", "rt"]
    suf_w = W(sufs)
    out = []
    while len(out) < n:
        stem = _syll(rng, onsets, vowels, codas)
        if rng.random() < 0.35:
            stem += rng.choice("aeiou") + rng.choice("nlrtcș")
        suf = suf_w.pick(rng)
        if stem[-1] in "aeiouăâ" and suf[0] in "aeiouă":
            stem = stem[:-1]
        if suf[0] in "ei" and stem[-1] in "cg":
            stem += "h"
        out.append(stem + suf)
    return out


UA_KMU = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        _w("a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia"),
        strict=True,
    )
)
UA_KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
UA_RU = dict(UA_KMU, г="g", и="i", й="i", х="kh", ї="i", є="e")
UA_RO = dict(UA_KMU, г="h", ж="j", и="î", й="i", х="h", ц="ț", ч="ci", ш="ș", щ="șci", ю="iu", я="ia")


def ua_lat(cyr, table=None):
    out = []
    for i, c in enumerate(cyr.lower()):
        if table is None and i == 0 and c in UA_KMU_INITIAL:
            out.append(UA_KMU_INITIAL[c])
        else:
            out.append((table or UA_KMU).get(c, c))
    return cap("".join(out).replace("_", ""))


def _ua_tail(rng, n):
    onsets = _w("Б В Г Д Ж З К Л М Н П Р С Т Х Ч Ш Бр Гр Кр Пр Тр Гн Хв Св")
    vowels = ["а", "е", "и", "і", "о", "у"]
    codas = ["н", "л", "р", "т", "д", "к", "с", "ч", "в", "м", "ш", "рч"]
    suf_w = W(wl("енко:35 ук:15 чук:10 ик:10 ець:5 ко:5 ич:4 юк:4 ан:2"))
    out = []
    while len(out) < n:
        stem = _syll(rng, onsets, vowels, codas)
        if rng.random() < 0.3:
            stem += rng.choice("аеоі") + rng.choice("нлрвк")
        cyr = stem + suf_w.pick(rng)
        out.append((cyr, ua_lat(cyr), " ".join(dict.fromkeys((ua_lat(cyr, UA_RU), ua_lat(cyr, UA_RO))))))
    return out


def _tr_tail(rng, n):
    pre = _w(
        "Ak Kara Öz Er Gül Kılıç Demir Taş Yıldız Bal Çelik Tun Al Ay Gök Sarı Bulut Kaya Koca Uz Ün Tek Ar Kurt Kuş Yurt Tan Şen Can Ok Ekin Bay Kal Coş Türk Yiğit Bozk Çak"
    )
    suf = _w(
        "kaya taş demir can er oğlu han türk soy bay el ok dağ su gün yurt men doğan ay alp kan çay bek gül öz ateş tekin yol"
    )
    out = []
    while len(out) < n:
        out.append(rng.choice(pre) + rng.choice(suf))
    return out


def ar_variants(name):
    """Rule-based transliteration variants of a romanised Arabic/Persian/Pashto/Urdu name."""
    rules = [
        ("ou", "u"),
        ("oo", "u"),
        ("ee", "i"),
        ("ss", "s"),
        ("mm", "m"),
        ("dd", "d"),
        ("q", "k"),
        ("kh", "h"),
        ("Al-", "Al "),
        ("Al-", "Al"),
        ("Al-", "El-"),
        ("El ", "El-"),
        ("i", "y"),
        ("u", "ou"),
        ("a", "e"),
        ("sh", "ch"),
        ("j", "dj"),
        ("y", "i"),
    ]
    out = [name]
    for a, b in rules:
        if a == "u" and "ou" in name:
            continue
        if a in name:
            if (a, b) == ("Al-", "Al"):
                v = "Al" + name[3:].lower()
            else:
                v = name.replace(a, b, 1) if a not in ("i", "y", "u", "a") else _last_replace(name, a, b)
            if v != name and v not in out:
                out.append(v)
        if len(out) >= 5:
            break
    return out


def _last_replace(s, a, b):
    i = s.rfind(a)
    return s[:i] + b + s[i + len(a) :] if i > 0 else s


MIG_TAIL_ROOTS = {
    "SY": "Rashid Saadi Obeidi Halabi Homsi Shami Najjar Sabbagh Khoury Attar Hallak Kurdi Hamwi Aswad "
    "Abbas Qasim Hamdan Mansour Yassin Fares Ghanem Hijazi Issa Kanaan Nouri Qadir Rahman Salem Taha "
    "Zaher Bakr Daher Faraj Habib Jumaa Karam Latif Mahdi Naji Obaid Radwan Sabri Tawfiq Wahbi Zidan "
    "Saleem Khalaf Hamoud Shaker Awad Badran Dabbagh Farhan Hadi",
    "IQ": "Dulaimi Shammari Zubaidi Anbari Obeidi Saadi Rubaie Hashimi Jabouri Karbouli Mosawi Hakim "
    "Khafaji Maliki Bayati Janabi Azzawi Timimi Kubaisi Samarrai Fayadh Hamdani Ameri Lami Daraji",
    "AF": "Wardak Kakar Baheer Azimi Faizi Habibi Haidari Nazari Qaderi Rasuli Sharifi Wahidi Yousufi "
    "Zahir Niazi Durrani Ghani Hamidi Popal Sadiq Samadi Taheri Ziar Mangal Shinwari Mohmand Tokhi "
    "Barakzai Achakzai Alokozai Noorzai Ishaqzai Sadat Hotak Ahmadzai Yusufzai Naseri Azizi Rahmani",
    "PK": "Qureshi Siddiqui Abbasi Awan Bhatti Cheema Gill Khokhar Mirza Nawaz Rajput Sheikh Zaidi "
    "Anwar Aslam Farooq Javed Latif Mehmood Rafiq Saleem Tariq Younis Baig Dar Gondal Niazi Sultan",
    "MA": "Alami Bennani Berrada Chraibi Fassi Tazi Ouazzani Sqalli Lahlou Benjelloun Kettani Mernissi "
    "Bouazza Haddaoui Zerouali Naciri Tahiri Hassani Jabri Lamrani Mansouri Ouali Rifi Slaoui "
    "Yacoubi Ziani Bakkali Chakir Aït_Said Ouahbi",
    "IR": "Akbari Bagheri Ebrahimi Ghasemi Heydari Jamshidi Kazemi Mahmoudi Nasseri Rahmani Sadeghi "
    "Taghavi Yazdani Zamani Asgari Esmaili Hashemi Mousavi Rostami Akbarzadeh Hosseinpour Karimian "
    "Rezaeian Amirnejad Tehrani Shirazi Tabrizi",
}


def _mig_tail(nat):
    roots = [r.replace("_", " ") for r in MIG_TAIL_ROOTS[nat].split()]
    if nat in ("SY", "IQ"):
        roots = [("Al-" + r) if (i % 3 == 0) else r for i, r in enumerate(roots)]
    if nat == "MA":
        roots = [("El " + r) if (i % 4 == 0) else r for i, r in enumerate(roots)]
    return roots


BG_FAMILY = with_tail(BG_FAMILY, _bg_tail(_TAIL_RNG, 4000), 0.55)
BG_TURK_FAMILY = with_tail(
    BG_TURK_FAMILY,
    [
        a + b
        for a in _w(
            "Мехмед Ахмед Хасан Юсуф Исмаил Осман Рамадан Сюлейман Шабан Керим Емин Халил Садък Рашид Ибрям Фейзул Незир Мюмюн Реджеб Акиф"
        )
        for b in ("ов", "ов", "ов")
    ]
    + [
        a + b
        for a in ["Кара", "Кьосе", "Топал", "Чауш", "Деве", "Хаджи", "Молла", "Кадир", "Бекир", "Алиш"]
        for b in ("ов", "ев")
    ],
    0.5,
)
RO_FAMILY = with_tail(
    RO_FAMILY,
    _ro_tail(_TAIL_RNG, 4000, wl("escu:25 eanu:15 u:15 a:10 aru:8 ache:6 an:6 oiu:4 ică:4 iu:5")),
    0.65,
)
MD_FAMILY = with_tail(
    MD_FAMILY,
    _ro_tail(_TAIL_RNG, 1500, wl("u:20 ari:12 an:12 escu:8 eanu:5 ciuc:4 a:10 ii:3 ache:3 ean:4")),
    0.45,
)
TR_FAMILY = with_tail(TR_FAMILY, _tr_tail(_TAIL_RNG, 900), 0.7)
UA_FAMILY = UA_FAMILY + [
    (c, lt, v, w) for (c, lt, v), w in _zipf_tail(_ua_tail(_TAIL_RNG, 2500), 6 * sum(r[3] for r in UA_FAMILY))
]
for _nat, (_m, _f, _fams, _nf) in list(MIG_POOLS.items()):
    MIG_POOLS[_nat] = (_m, _f, with_tail(_fams, _mig_tail(_nat), 0.55), _nf)


def _mig_variant_list(key):
    vs = MIG_VARIANTS.get(key)
    if vs is None:
        return ar_variants(key.replace("_", " "))
    return [v.replace("_", " ") for v in vs.split()]


MIG_VL = {k: _mig_variant_list(k) for k in MIG_VARIANTS}


def mig_variants(key):
    key = key.replace(" ", "_")
    v = MIG_VL.get(key)
    if v is None:
        v = MIG_VL[key] = _mig_variant_list(key)
    return v


# ---------------------------------------------------------------------------------------------
# Transliteration
# ---------------------------------------------------------------------------------------------

BG_CYR = "абвгдежзийклмнопрстуфхцчшщъьюя"
_OFF = dict(
    zip(
        BG_CYR,
        _w("a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya"),
        strict=True,
    )
)
_OLD = dict(_OFF, я="ia", ю="iu", й="i")
_KH = dict(_OFF, х="kh", я="ia", ъ="u")
_RO = dict(_OFF, ж="j", ш="ș", щ="șt", ц="ț", ъ="ă", й="i", я="ia", ю="iu", х="h")
_FR = dict(_OFF, ж="j", ш="ch", щ="cht", ч="tch", у="ou", ъ="a", й="i", я="ia", ю="iou", х="kh")
_DE = dict(
    _OFF, в="w", ж="sch", ш="sch", щ="scht", ч="tsch", ц="z", й="j", я="ja", ю="ju", х="ch", ъ="a", з="s"
)
BG_STYLES = {"off": _OFF, "old": _OLD, "kh": _KH, "ro": _RO, "fr": _FR, "de": _DE}
_VOW = set("аеиоуъюяьй")


def bg_lat_word(w, style):
    """Lower-case Bulgarian Cyrillic word -> lower-case Latin in the given style."""
    table = BG_STYLES[style]
    out = []
    n = len(w)
    i = 0
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        if c == "и" and nxt == "я" and i + 2 == n:  # word-final -ия (2009 Act exception)
            out.append("ia")
            i += 2
            continue
        if style in ("old", "ro", "fr") and c == "и" and nxt == "я":
            out.append("ia")
            i += 2
            continue
        if style == "ro":
            if c == "ч":
                out.append("c" if nxt in ("е", "и") else "ci")
            elif c == "г" and nxt in ("е", "и"):
                out.append("gh")
            elif c == "к" and nxt in ("е", "и"):
                out.append("ch")
            elif c == "й" and i == 0:
                out.append("i")
            else:
                out.append(table.get(c, c))
        elif style == "fr":
            if c == "г" and nxt in ("е", "и"):
                out.append("gu")
            elif c == "о" and nxt == "в" and i + 2 == n:
                out.append("off")
                i += 2
                continue
            elif c == "е" and nxt == "в" and i + 2 == n:
                out.append("eff")
                i += 2
                continue
            else:
                out.append(table.get(c, c))
        elif style == "old" and c == "й":
            out.append("i" if (i == 0 or nxt == "") else "y")
        elif style == "de" and c == "с" and i == 0:
            out.append("s")
        else:
            out.append(table.get(c, c))
        i += 1
    return "".join(out)


_CACHE: dict = {}


def bg_lat(name, style):
    """Cyrillic name (any case, may contain spaces/hyphens) -> Title-case Latin."""
    key = (name, style)
    r = _CACHE.get(key)
    if r is not None:
        return r
    parts = []
    for word in name.replace("-", " - ").split(" "):
        if word == "-" or not word:
            parts.append(word)
            continue
        parts.append(cap(bg_lat_word(word.lower(), style)))
    r = " ".join(parts).replace(" - ", "-")
    _CACHE[key] = r
    return r


# Latin -> Bulgarian Cyrillic, for Romanian, Turkish and third-country names
_RO2C_MULTI = [
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
    ("giu", "джу"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ia", "ия"),
    ("iu", "ю"),
    ("șt", "щ"),
    ("ea", "я"),
]
_RO2C = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzșțăâî",
        _w("а б к д е ф г х и ж к л м н о п к р с т у в у кс й з ш ц ъ ъ ъ"),
        strict=True,
    )
)
_TR2C_MULTI = [("ya", "я"), ("yu", "ю"), ("yü", "ю")]
_TR2C = dict(
    zip(
        "abcçdefgğhıijklmnoöprsştuüvyz",
        _w("а б дж ч д е ф г г х ъ и ж к л м н о ьо п р с ш т у ю в й з"),
        strict=True,
    )
)
_AR2C_MULTI = [
    ("you", "ю"),
    ("sh", "ш"),
    ("kh", "х"),
    ("ch", "ч"),
    ("th", "т"),
    ("dh", "д"),
    ("gh", "г"),
    ("ou", "у"),
    ("oo", "у"),
    ("ee", "и"),
    ("aa", "а"),
    ("dj", "дж"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "йо"),
]
_AR2C_MULTI_MA = [(a, "ш" if a == "ch" else b) for a, b in _AR2C_MULTI]
_AR2C = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzï",
        _w("а б к д е ф г х и дж к л м н о п к р с т у в у кс й з и"),
        strict=True,
    )
)


def _lat2cyr_word(w, multi, single, lang):
    out = []
    i = 0
    n = len(w)
    while i < n:
        for src, dst in multi:
            if w.startswith(src, i):
                if src == "ea" and i == 0:
                    continue
                out.append(dst)
                i += len(src)
                break
        else:
            c = w[i]
            prev = w[i - 1] if i else ""
            if (lang == "ro" and c == "i" and i == n - 1 and prev in "aeiouă") or (
                lang == "ro" and c == "i" and i == 0 and n > 1 and w[1] == "o"
            ):
                out.append("й")
            elif lang == "tr" and c == "ö" and i == 0:
                out.append("йо")
            elif lang == "ar" and c == "h" and i == n - 1 and prev == "a":
                pass
            elif lang == "ar" and c == "y" and i == n - 1 and prev not in "aeiou":
                out.append("и")
            else:
                out.append(single.get(c, c))
            i += 1
    return "".join(out)


def lat2cyr(name, lang):
    key = (name, "c" + lang)
    r = _CACHE.get(key)
    if r is not None:
        return r
    if lang == "ro":
        multi, single = _RO2C_MULTI, _RO2C
        base = name.replace("ş", "ș").replace("ţ", "ț").replace("Ş", "Ș").replace("Ţ", "Ț")
    elif lang == "tr":
        multi, single = _TR2C_MULTI, _TR2C
        base = name.replace("İ", "i").replace("I", "ı")
    else:  # Arabic, Persian, Pashto, Urdu names; Moroccan ones in French-style spelling (ch = ш)
        multi, single = (_AR2C_MULTI_MA if lang == "ma" else _AR2C_MULTI), _AR2C
        base = name
        lang = "ar"
    parts = []
    for word in base.replace("-", " - ").split(" "):
        if word == "-" or not word:
            parts.append(word)
            continue
        parts.append(cap(_lat2cyr_word(word.lower(), multi, single, lang)))
    r = " ".join(parts).replace(" - ", "-")
    _CACHE[key] = r
    return r


_STRIP = str.maketrans(
    {
        "ă": "a",
        "â": "a",
        "î": "i",
        "ș": "s",
        "ț": "t",
        "ş": "s",
        "ţ": "t",
        "Ă": "A",
        "Â": "A",
        "Î": "I",
        "Ș": "S",
        "Ț": "T",
        "Ş": "S",
        "Ţ": "T",
        "ç": "c",
        "Ç": "C",
        "ğ": "g",
        "Ğ": "G",
        "ı": "i",
        "İ": "I",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
        "é": "e",
        "ï": "i",
    }
)
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș"})  # Turkish cedilla typed with a Romanian keyboard
_I_HAT = str.maketrans({"â": "î", "Â": "Î"})
_HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "A": "А",
    "B": "В",
    "E": "Е",
    "K": "К",
    "M": "М",
    "H": "Н",
    "O": "О",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "X": "Х",
}


def strip_diacritics(s):
    return s.translate(_STRIP)


def upper(s):
    return s.upper()


# ---------------------------------------------------------------------------------------------
# Typing errors
# ---------------------------------------------------------------------------------------------

_SIMILAR_LAT = {
    "i": "y",
    "y": "i",
    "e": "a",
    "a": "e",
    "n": "m",
    "m": "n",
    "c": "k",
    "k": "c",
    "s": "z",
    "z": "s",
    "u": "o",
    "o": "u",
    "v": "w",
    "t": "d",
    "d": "t",
    "l": "i",
    "b": "p",
    "p": "b",
    "r": "t",
    "g": "h",
    "h": "g",
}
_SIMILAR_CYR = {
    "и": "й",
    "й": "и",
    "е": "и",
    "а": "ъ",
    "ъ": "а",
    "о": "у",
    "у": "о",
    "с": "з",
    "з": "с",
    "т": "д",
    "д": "т",
    "п": "б",
    "б": "п",
    "н": "м",
    "м": "н",
    "в": "ф",
    "к": "г",
    "г": "к",
    "л": "р",
    "р": "л",
    "ш": "щ",
    "щ": "ш",
    "я": "а",
    "ч": "ц",
}


def typo(s, rng):
    n = len(s)
    if n < 3:
        return s
    i = rng.randrange(1, n)
    op = rng.random()
    c = s[i]
    if op < 0.3:  # deletion
        return s[:i] + s[i + 1 :]
    if op < 0.45:  # duplication
        return s[:i] + c + s[i:]
    if op < 0.65 and i < n - 1:  # transposition
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    low = c.lower()
    rep = _SIMILAR_LAT.get(low) or _SIMILAR_CYR.get(low)
    if rep is None:
        return s[:i] + s[i + 1 :]
    if c != low:
        rep = rep.upper()
    return s[:i] + rep + s[i + 1 :]


def homoglyph(s, rng):
    idx = [i for i, c in enumerate(s) if c in _HOMO]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + _HOMO[s[i]] + s[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------

CNP_W = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)
LNCH_W = (21, 19, 17, 13, 11, 9, 7, 3, 1)
RO_COUNTIES = [(f"{i:02d}", 1.0) for i in range(1, 40)] + [
    ("40", 3),
    ("41", 2),
    ("42", 2),
    ("43", 2),
    ("44", 2),
    ("45", 2),
    ("46", 2),
    ("51", 2),
    ("52", 2.5),
    ("13", 2),
    ("16", 1.5),
]
RO_COUNTY_W = W(RO_COUNTIES)


def cnp_check(d12):
    r = sum(int(a) * b for a, b in zip(d12, CNP_W, strict=False)) % 11
    return "1" if r == 10 else str(r)


def egn_check(d9):
    return str(sum(int(a) * b for a, b in zip(d9, EGN_W, strict=False)) % 11 % 10)


def lnch_check(d9):
    return str(sum(int(a) * b for a, b in zip(d9, LNCH_W, strict=False)) % 10)


def make_cnp(rng, dob, sex, foreign=False):
    if foreign:
        s = "7" if sex == "M" else "8"
    elif dob.year >= 2000:
        s = "5" if sex == "M" else "6"
    else:
        s = "1" if sex == "M" else "2"
    county = RO_COUNTY_W.pick(rng)
    d = f"{s}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{county}{rng.randrange(1, 1000):03d}"
    return d + cnp_check(d)


def make_egn(rng, dob, sex):
    mm = dob.month + (40 if dob.year >= 2000 else 0)
    region = rng.randrange(0, 100)
    last = rng.randrange(0, 10, 2) if sex == "M" else rng.randrange(1, 10, 2)
    d = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{region:02d}{last}"
    return d + egn_check(d)


def make_lnch(rng):
    d = str(rng.randrange(1, 10)) + f"{rng.randrange(0, 10**8):08d}"
    return d + lnch_check(d)


def id_slip(s, rng):
    """A mistyped identifier: digit change, adjacent transposition, lost or doubled digit."""
    n = len(s)
    i = rng.randrange(n)
    r = rng.random()
    if r < 0.45:
        d = str((int(s[i]) + rng.randrange(1, 10)) % 10) if s[i].isdigit() else s[i]
        return s[:i] + d + s[i + 1 :]
    if r < 0.85 and i < n - 1 and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if r < 0.93:
        return s[:i] + s[i + 1 :]
    return s[:i] + s[i] + s[i:]


# ---------------------------------------------------------------------------------------------
# Documents, phones, plates
# ---------------------------------------------------------------------------------------------

RO_ID_SERIES = _w("RX RT RD RK RR KT KX GZ TR DX IF XV MZ AX ZC VN NT SV BV CJ PH TM IS SB GG DZ")
LET = "ABCDEFGHJKLMNPRSTUVXYZ"
BG_PLATE_REG = W(
    wl(
        "CA:10 CB:6 C:5 CO:2 PB:4 B:4 A:3 P:3 EB:1 BT:1.5 BH:0.5 BP:1 EH:1.5 K:1 "
        "KH:0.6 OB:0.6 M:0.6 PA:1 PK:0.8 PP:0.8 CC:1.5 CH:0.8 CM:0.5 CT:1.5 T:0.6 "
        "X:1.2 H:1 Y:0.7 TX:1.5 E:1"
    )
)
BG_SERIES = "ABKMHPCTX"
RO_PLATE_REG = W(
    wl(
        "B:14 CT:5 GR:4 IF:3 CL:3 TR:2 DJ:2 IS:2 CJ:2 TM:2 PH:2 BV:2 AG:2 DB:2 IL:2 "
        "BR:1.5 GL:1.5 OT:1.5 MH:1 TL:1 VL:1 BZ:1 SB:1 BC:1 SV:1 NT:1 AR:1 BH:1 HD:1 "
        "MS:1 VS:1 GJ:1 VN:1 SM:0.5 MM:0.5 BN:0.5 SJ:0.5 AB:0.5 CS:0.5 CV:0.5 HR:0.5 BT:0.5"
    )
)
RO_PLATE_LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
LAT2CYR_PLATE = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
CYR2LAT_PLATE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")


def make_plate(rng, country):
    if country == "RO":
        reg = RO_PLATE_REG.pick(rng)
        num = (
            (f"{rng.randrange(1, 100):02d}")
            if reg != "B"
            else (f"{rng.randrange(1, 1000):03d}" if rng.random() < 0.5 else f"{rng.randrange(1, 100):02d}")
        )
        l1 = rng.choice([c for c in RO_PLATE_LET if c not in "IO"])
        return ("RO", reg, num, l1 + rng.choice(RO_PLATE_LET) + rng.choice(RO_PLATE_LET))
    if country == "BG":
        return (
            "BG",
            BG_PLATE_REG.pick(rng),
            f"{rng.randrange(1000, 10000):04d}",
            rng.choice(BG_SERIES) + rng.choice(BG_SERIES),
        )
    if country == "UA":
        return (
            "UA",
            rng.choice(["AA", "AB", "AE", "AH", "AI", "BA", "BC", "BE", "BH", "BI", "CA", "KA"]),
            f"{rng.randrange(0, 10000):04d}",
            rng.choice("ABCEHIKMOPTX") + rng.choice("ABCEHIKMOPTX"),
        )
    if country == "MD":
        return ("MD", "".join(rng.choice(LET) for _ in range(3)), f"{rng.randrange(1, 1000):03d}", "")
    return (
        "TR",
        f"{rng.randrange(1, 82):02d}",
        "".join(rng.choice(LET) for _ in range(rng.choice((1, 2, 3)))),
        f"{rng.randrange(10, 1000):03d}",
    )


def render_plate(p, system, rng):
    kind, a, b, c = p
    r = rng.random()
    if kind == "RO":
        if r < 0.4:
            s = f"{a} {b} {c}"
        elif r < 0.82:
            s = a + b + c
        else:
            s = f"{a}-{b}-{c}"
    elif kind in ("BG", "UA"):
        if system == "BG":
            if r < 0.5:
                s = (f"{a} {b} {c}").translate(LAT2CYR_PLATE)
            elif r < 0.8:
                s = (a + b + c).translate(LAT2CYR_PLATE)
            elif r < 0.93:
                s = a + b + c
            else:  # mixed: region typed in Cyrillic, series in Latin
                s = a.translate(LAT2CYR_PLATE) + b + c
        else:
            if r < 0.5:
                s = a + b + c
            elif r < 0.9:
                s = f"{a} {b} {c}"
            elif r < 0.95:
                s = f"{a}-{b}-{c}"
            else:
                s = (a + b + c).translate(LAT2CYR_PLATE)
    elif kind == "MD":
        s = f"{a} {b}" if r < 0.5 else a + b
    else:
        s = f"{a} {b} {c}" if r < 0.5 else a + b + c
    if rng.random() < 0.015:
        s = typo(s, rng)
    return s


PHONE_CC = {
    "RO": "40",
    "BG": "359",
    "MD": "373",
    "UA": "380",
    "TR": "90",
    "AF": "93",
    "SY": "963",
    "IQ": "964",
    "PK": "92",
    "MA": "212",
    "IR": "98",
}


def make_phone(rng, country):
    if country == "RO":
        nsn = "7" + rng.choice("2234456789") + f"{rng.randrange(10**7):07d}"
        if rng.random() < 0.05:
            nsn = "21" + f"{rng.randrange(10**7):07d}"
    elif country == "BG":
        nsn = rng.choice(("87", "88", "89", "89", "88", "98")) + f"{rng.randrange(10**7):07d}"
        if rng.random() < 0.04:
            nsn = "2" + f"{rng.randrange(10**7):07d}"
    elif country == "MD":
        nsn = rng.choice("67") + f"{rng.randrange(10**7):07d}"
    elif country == "UA":
        nsn = (
            rng.choice(("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"))
            + f"{rng.randrange(10**7):07d}"
        )
    elif country == "TR":
        nsn = (
            "5"
            + rng.choice(("30", "32", "33", "35", "42", "05", "06", "44", "52", "53"))
            + f"{rng.randrange(10**7):07d}"
        )
    else:
        nsn = rng.choice("79") + f"{rng.randrange(10**8):08d}"
    return (country, nsn)


def _grp(nsn, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(nsn[i : i + k])
        i += k
    if i < len(nsn):
        out[-1] += nsn[i:]
    return " ".join(x for x in out if x)


def render_phone(p, system, rng):
    country, nsn = p
    cc = PHONE_CC[country]
    r = rng.random()
    if country in ("RO", "BG") and country == system:
        if r < 0.45:
            s = "0" + nsn
        elif r < 0.6:
            s = "0" + (_grp(nsn, (3, 3, 3)) if country == "RO" else _grp(nsn, (2, 3, 4)))
        elif r < 0.8:
            s = "+" + cc + nsn
        elif r < 0.88:
            s = "00" + cc + nsn
        elif r < 0.95:
            s = f"+{cc} {_grp(nsn, (3, 3, 3))}"
        else:
            s = f"+{cc} (0){nsn}"
    else:
        if r < 0.5:
            s = "+" + cc + nsn
        elif r < 0.72:
            s = "00" + cc + nsn
        elif r < 0.84:
            s = f"+{cc} {_grp(nsn, (3, 3, 3))}"
        elif r < 0.94 and country in ("RO", "BG", "MD", "UA", "TR"):
            s = "0" + nsn  # written the way its owner says it at home: country left implicit
        else:
            s = cc + nsn
    if rng.random() < 0.01:
        s = typo(s, rng)
    return s


def make_doc(rng, country, kind):
    """Return (country, kind, series, number)."""
    if country == "RO":
        if kind == "id":
            return ("RO", "id", rng.choice(RO_ID_SERIES), f"{rng.randrange(10**6):06d}")
        return ("RO", "pp", "", "0" + rng.choice("45") + f"{rng.randrange(10**7):07d}")
    if country == "BG":
        if kind == "id":
            if rng.random() < 0.2:
                return ("BG", "id", "A" + rng.choice("ABCDE"), f"{rng.randrange(10**7):07d}")
            return ("BG", "id", "", "6" + f"{rng.randrange(10**8):08d}")
        return ("BG", "pp", "", "3" + f"{rng.randrange(10**8):08d}")
    if country == "MD":
        return ("MD", kind, rng.choice(("AB", "AC", "BA", "B")), f"{rng.randrange(10**7):07d}")
    if country == "UA":
        if kind == "id":
            return ("UA", "id", "", f"{rng.randrange(10**9):09d}")
        return ("UA", "pp", rng.choice(("FE", "FA", "FB", "EK", "EM", "GC")), f"{rng.randrange(10**6):06d}")
    if country == "TR":
        return ("TR", "pp", rng.choice("UUUSZ"), f"{rng.randrange(10**8):08d}")
    pref = {"SY": "N", "IQ": "A", "AF": "P", "PK": "AB", "MA": "UV", "IR": "K"}[country]
    return (country, "pp", pref, f"{rng.randrange(10**8):08d}")


_OCR = str.maketrans("O0I1B8S5Z2", "0O1I8B5S2Z")


def render_doc(d, rng):
    _, _, series, num = d
    r = rng.random()
    if not series:
        s = num if r < 0.92 else (_grp(num, (3, 3, 3)) if r < 0.97 else "№" + num)
    elif r < 0.6:
        s = series + num
    elif r < 0.88:
        s = series + " " + num
    elif r < 0.93:
        s = series + "-" + num
    elif r < 0.97:
        s = num  # series left out
    else:
        s = (series + num).lower()
    r = rng.random()
    if r < 0.012:
        i = rng.randrange(len(s))
        s = s[:i] + s[i].translate(_OCR) + s[i + 1 :]
    elif r < 0.027:
        s = id_slip(s, rng) if any(ch.isdigit() for ch in s) else s
    return s


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

ORD_1940 = datetime.date(1940, 1, 1).toordinal()


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randrange(a, b + 1))


def adult_dob(rng):
    # age structure of people met by police: peak 25-50
    y = int(rng.triangular(1945, 2007, 1984))
    return rand_date(rng, y, y)


def valid(y, m, d):
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def date_slip(dob, rng):
    r = rng.random()
    if r < 0.35 and dob.day <= 12 and dob.day != dob.month:
        x = valid(dob.year, dob.day, dob.month)
    elif r < 0.6:
        x = valid(dob.year + rng.choice((-1, 1, -10, 10)), dob.month, dob.day)
    elif r < 0.85:
        x = valid(dob.year, dob.month, ((dob.day + rng.choice((-1, 1, 10, -10)) - 1) % 28) + 1)
    else:
        x = valid(dob.year, ((dob.month + rng.choice((-1, 1)) - 1) % 12) + 1, dob.day)
    return x or dob


# ---------------------------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------------------------


class P:
    __slots__ = (
        "dob",
        "doc_style",
        "docs",
        "fam",
        "fam_alt",
        "fatherinit",
        "g",
        "g2",
        "ids",
        "kind",
        "lat_f",
        "lat_g",
        "mig_key_f",
        "mig_key_g",
        "mig_key_m",
        "nat",
        "nats",
        "nrec",
        "p_bg",
        "patr",
        "phones",
        "pid",
        "pid_unknown_date",
        "plates",
        "sex",
    )

    def __init__(self):
        self.g2 = ""
        self.patr = ""
        self.fam_alt = None
        self.doc_style = "off"
        self.ids = {}
        self.docs = []
        self.phones = []
        self.plates = []
        self.pid_unknown_date = False
        self.fatherinit = ""
        self.mig_key_m = ""


KIND_W = W([("RO", 37.0), ("BG", 33.0), ("SMUG", 2.5), ("MD", 6.0), ("UA", 5.0), ("TR", 5.0), ("MIG", 11.5)])
MIG_NAT_W = W([("AF", 3.2), ("SY", 2.6), ("IQ", 1.6), ("PK", 1.6), ("MA", 1.2), ("IR", 0.8)])
NREC = {
    "RO": W([(1, 40), (2, 25), (3, 14), (4, 8), (5, 5), (6, 3), (7, 2), (8, 1.5), (10, 1), (12, 0.5)]),
    "FOR": W([(1, 36), (2, 25), (3, 15), (4, 9), (5, 6), (6, 4), (8, 2.5), (12, 1.5), (18, 0.7), (25, 0.3)]),
    "MIG": W([(1, 30), (2, 30), (3, 20), (4, 10), (5, 5), (6, 3), (8, 2)]),
    "SMUG": W([(3, 15), (4, 15), (5, 15), (6, 12), (8, 15), (10, 12), (14, 8), (20, 5), (30, 3)]),
}
BG_STYLE_RO_OFFICER = W([("doc", 56), ("ro", 26), ("kh", 6), ("old", 7), ("fr", 3), ("de", 2)])


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.rng = random.Random(f"generator-h/{seed}/{n}")
        self.persons = []
        self.used_ids = set()
        self.used_docs = set()
        self.used_phones = set()
        self.used_plates = set()

    # -- unique identifiers --------------------------------------------------------------------
    def uniq(self, used, fn):
        while True:
            v = fn()
            if v not in used:
                used.add(v)
                return v

    def cnp(self, p, foreign=False):
        return self.uniq(self.used_ids, lambda: make_cnp(self.rng, p.dob, p.sex, foreign))

    def egn(self, p):
        return self.uniq(self.used_ids, lambda: make_egn(self.rng, p.dob, p.sex))

    def lnch(self):
        return self.uniq(self.used_ids, lambda: make_lnch(self.rng))

    def doc(self, country, kind):
        return self.uniq(self.used_docs, lambda: make_doc(self.rng, country, kind))

    def phone(self, country):
        return self.uniq(self.used_phones, lambda: make_phone(self.rng, country))

    def plate(self, country):
        return self.uniq(self.used_plates, lambda: make_plate(self.rng, country))

    # -- person factories --------------------------------------------------------------------
    def new(self, kind, nat, sex, dob):
        p = P()
        p.pid = len(self.persons) + 1
        p.kind = kind
        p.nat = nat
        p.nats = (nat,)
        p.sex = sex
        p.dob = dob
        self.persons.append(p)
        return p

    def bg_person(self, sex, dob, fam_m=None, father=None, turk=None, given=None, kind="BG"):
        rng = self.rng
        if turk is None:
            turk = rng.random() < 0.09
        p = self.new(kind, "BG", sex, dob)
        if given is None:
            pool = (
                (BG_TURK_MALE if sex == "M" else BG_TURK_FEMALE)
                if turk
                else (BG_MALE if sex == "M" else BG_FEMALE)
            )
            given = _pick(pool, rng)
        p.g = given
        if father is None:
            father = _pick(BG_TURK_MALE if turk else BG_MALE, rng)
        patr = bg_patronymic(father)
        p.patr = patr if sex == "M" else bg_fem(patr)
        if fam_m is None:
            fam_m = _pick(BG_TURK_FAMILY if turk else BG_FAMILY, rng)
        p.fam = fam_m if sex == "M" else bg_fem(fam_m)
        p.mig_key_g = "turk" if turk else ""
        # Latin spelling in the person's documents: 2009 Act unless the passport predates it
        p.doc_style = "off" if (dob.year > 1985 or rng.random() < 0.8) else "old"
        p.ids["EGN"] = self.egn(p)
        self._docs(p, "BG")
        return p

    def ro_person(self, sex, dob, fam=None, given=None, kind="RO", nat="RO"):
        rng = self.rng
        p = self.new(kind, nat, sex, dob)
        pool = RO_MALE if sex == "M" else RO_FEMALE
        p.g = given or _pick(pool, rng)
        if rng.random() < 0.33:
            g2 = _pick(pool, rng)
            if g2 != p.g:
                p.g2 = g2
        p.fam = fam or _pick(RO_FAMILY, rng)
        if rng.random() < 0.04:
            p.fatherinit = _pick(RO_MALE, rng)[0] + "."
        p.ids["CNP"] = self.cnp(p)
        self._docs(p, "RO")
        return p

    def md_person(self, sex, dob, fam=None):
        rng = self.rng
        p = self.new("MD", "MD", sex, dob)
        p.g = _pick(MD_MALE if sex == "M" else MD_FEMALE, rng)
        p.fam = fam or _pick(MD_FAMILY, rng)
        if rng.random() < 0.35:  # also a Romanian citizen
            p.nats = ("MD", "RO")
            p.ids["CNP"] = self.cnp(p)
            self._docs(p, "RO")
        elif rng.random() < 0.15:
            p.ids["CNP"] = self.cnp(p, foreign=True)
        elif rng.random() < 0.08:
            p.ids["LNCH"] = self.lnch()
        p.docs.append(self.doc("MD", "pp"))
        return p

    def ua_person(self, sex, dob, fam=None):
        rng = self.rng
        p = self.new("UA", "UA", sex, dob)
        pool = UA_MALE if sex == "M" else UA_FEMALE
        p.g = _pick4(pool, rng)
        f = fam or _pick4(UA_FAMILY, rng)
        p.fam = f
        father = _pick4(UA_MALE, rng)
        p.patr = father  # rendered as patronymic later
        r = rng.random()
        if r < 0.4:
            p.ids["LNCH"] = self.lnch()
        elif r < 0.7:
            p.ids["CNP"] = self.cnp(p, foreign=True)
        p.docs.append(self.doc("UA", "pp"))
        if rng.random() < 0.4:
            p.docs.append(self.doc("UA", "id"))
        return p

    def tr_person(self, sex, dob, fam=None, kind="TR"):
        rng = self.rng
        p = self.new(kind, "TR", sex, dob)
        p.g = _pick(TR_MALE if sex == "M" else TR_FEMALE, rng)
        p.fam = fam or _pick(TR_FAMILY, rng)
        r = rng.random()
        if r < 0.1:  # dual citizen, born in Bulgaria
            p.nats = ("TR", "BG")
            p.ids["EGN"] = self.egn(p)
            p.docs.append(self.doc("BG", "pp"))
        elif r < 0.25:
            p.ids["LNCH"] = self.lnch()
        elif r < 0.3:
            p.ids["CNP"] = self.cnp(p, foreign=True)
        p.docs.append(self.doc("TR", "pp"))
        return p

    def mig_person(self, sex, dob, nat, fam_key=None, father_key=None):
        rng = self.rng
        p = self.new("MIG", nat, sex, dob)
        males, females, fams, no_fam = MIG_POOLS[nat]
        p.mig_key_g = _pick(males if sex == "M" else females, rng)
        p.mig_key_m = father_key or _pick(males, rng)
        if fam_key is None:
            fam_key = "" if rng.random() < no_fam else _pick(fams, rng)
        p.mig_key_f = fam_key
        # the spelling each person's papers (if any) or first registration fixed
        p.g = _pick_variant(p.mig_key_g, rng)
        p.fam = _pick_variant(fam_key, rng) if fam_key else ""
        p.patr = _pick_variant(p.mig_key_m, rng)
        p.pid_unknown_date = rng.random() < 0.3
        if rng.random() < 0.3:
            p.docs.append(self.doc(nat, "pp"))
        r = rng.random()
        if r < 0.45:
            p.ids["LNCH"] = self.lnch()
        elif r < 0.6:
            p.ids["CNP"] = self.cnp(p, foreign=True)
        return p

    def _docs(self, p, country):
        rng = self.rng
        if rng.random() < 0.85:
            p.docs.append(self.doc(country, "id"))
        if rng.random() < 0.45 or not p.docs:
            p.docs.append(self.doc(country, "pp"))
        if rng.random() < 0.12:  # renewed ID card
            p.docs.append(self.doc(country, "id"))

    # -- households --------------------------------------------------------------------------
    def household(self):
        rng = self.rng
        kind = KIND_W.pick(rng)
        members = []
        if kind == "MIG":
            nat = MIG_NAT_W.pick(rng)
            r = rng.random()
            if r < 0.7:
                sex = "M" if rng.random() < 0.82 else "F"
                y = int(rng.triangular(1975, 2009, 1998))
                members.append(self.mig_person(sex, rand_date(rng, y, y), nat))
            else:  # family or group of brothers travelling together
                head_y = int(rng.triangular(1970, 1998, 1988))
                head = self.mig_person("M", rand_date(rng, head_y, head_y), nat)
                members.append(head)
                fam_key = head.mig_key_f
                if rng.random() < 0.5:
                    y = head_y + rng.randrange(-3, 6)
                    members.append(self.mig_person("F", rand_date(rng, y, y), nat, fam_key=fam_key))
                for _ in range(rng.choice((1, 1, 2, 3))):
                    y = min(2022, head_y + rng.randrange(16, 30))
                    m = self.mig_person(
                        rng.choice("MF"),
                        rand_date(rng, y, y),
                        nat,
                        fam_key=fam_key,
                        father_key=head.mig_key_g,
                    )
                    members.append(m)
                ph = self.phone(rng.choice(("BG", "RO", nat, nat)))
                for m in members:
                    if rng.random() < 0.7:
                        m.phones.append(ph)
            for m in members:
                if rng.random() < 0.4:
                    m.phones.append(self.phone(rng.choice(("BG", "BG", "RO", nat))))
                if rng.random() < 0.15:
                    m.phones.append(self.phone(rng.choice(("BG", "RO"))))
            return members
        if kind == "SMUG":
            sub = rng.choice(("RO", "BG", "BG", "RO", "TR", "MD"))
            sex = "M" if rng.random() < 0.9 else "F"
            dob = adult_dob(rng)
            if sub == "RO":
                p = self.ro_person(sex, dob, kind="SMUG")
            elif sub == "BG":
                p = self.bg_person(sex, dob, kind="SMUG")
            elif sub == "TR":
                p = self.tr_person(sex, dob, kind="SMUG")
            else:
                p = self.md_person(sex, dob)
                p.kind = "SMUG"
            for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
                p.phones.append(self.phone(rng.choice(("BG", "RO", "BG", p.nat))))
            for _ in range(rng.choice((1, 2, 2, 3))):
                p.plates.append(
                    self.plate(rng.choice(("BG", "RO", p.nat if p.nat in ("RO", "BG", "MD", "TR") else "BG")))
                )
            self.smugglers.append(p)
            return [p]
        if kind == "UA":
            sex = "F" if rng.random() < 0.6 else "M"
            a = self.ua_person(sex, adult_dob(rng))
            members.append(a)
            if rng.random() < 0.25:
                y = min(2008, a.dob.year + rng.randrange(18, 30))
                c = self.ua_person(rng.choice("MF"), rand_date(rng, y, y), fam=a.fam)
                members.append(c)
            self._contacts(members, "UA", car_p=0.25)
            return members
        if kind == "MD":
            sex = "M" if rng.random() < 0.6 else "F"
            members.append(self.md_person(sex, adult_dob(rng)))
            self._contacts(members, "MD", car_p=0.45)
            return members
        if kind == "TR":
            sex = "M" if rng.random() < 0.85 else "F"
            a = self.tr_person(sex, adult_dob(rng))
            members.append(a)
            if sex == "M" and rng.random() < 0.15:
                b = self.tr_person("F", adult_dob(rng), fam=a.fam)
                members.append(b)
            self._contacts(members, "TR", car_p=0.6)
            return members
        # RO / BG citizens: single, couple, family with adult children, 3 generations, twins
        r = rng.random()
        if r < 0.55:
            sex = "M" if rng.random() < 0.62 else "F"
            if kind == "RO":
                members.append(self.ro_person(sex, adult_dob(rng)))
            else:
                members.append(self.bg_person(sex, adult_dob(rng)))
        elif r < 0.75:  # couple
            h_dob = adult_dob(rng)
            w_y = max(1945, min(2006, h_dob.year + rng.randrange(-2, 7)))
            w_dob = rand_date(rng, w_y, w_y)
            if kind == "RO":
                h = self.ro_person("M", h_dob)
                w = self.ro_person("F", w_dob, fam=h.fam)
                if rng.random() < 0.25:
                    w.fam_alt = _pick(RO_FAMILY, rng)  # maiden name in older records
                elif rng.random() < 0.05:
                    w.fam_alt = w.fam + "-" + _pick(RO_FAMILY, rng)
            else:
                h = self.bg_person("M", h_dob)
                turk = h.mig_key_g == "turk"
                w = self.bg_person("F", w_dob, fam_m=_masc_of(h.fam), turk=turk)
                if rng.random() < 0.2:
                    w.fam_alt = bg_fem(_pick(BG_FAMILY, rng))
                elif rng.random() < 0.06:
                    w.fam_alt = w.fam + "-" + bg_fem(_pick(BG_FAMILY, rng))
            members += [h, w]
        else:  # parents (one or both appear) + adult child(ren), maybe grandfather / twins
            f_y = int(rng.triangular(1945, 1980, 1962))
            f_dob = rand_date(rng, f_y, f_y)
            n_kids = rng.choice((1, 1, 2, 2, 3))
            twins = rng.random() < 0.1
            if kind == "RO":
                f = self.ro_person("M", f_dob)
                members.append(f)
                if rng.random() < 0.5:
                    m_y = f_y + rng.randrange(-2, 6)
                    members.append(self.ro_person("F", rand_date(rng, m_y, m_y), fam=f.fam))
                k_dob = None
                for i in range(n_kids):
                    if not (twins and i == 1):
                        y = min(2006, f_y + rng.randrange(20, 36))
                        k_dob = rand_date(rng, y, y)
                    sex = rng.choice("MF")
                    given = f.g if (sex == "M" and i == 0 and rng.random() < 0.25) else None
                    members.append(self.ro_person(sex, k_dob, fam=f.fam, given=given))
                    if twins and i == 1:
                        self._twin(members[-2], members[-1])
            else:
                turk = rng.random() < 0.09
                gf_name = _pick(BG_TURK_MALE if turk else BG_MALE, rng)
                f = self.bg_person("M", f_dob, father=gf_name, turk=turk)
                members.append(f)
                fam_m = _masc_of(f.fam)
                if rng.random() < 0.3:  # grandfather appears too
                    g_y = max(1930, f_y - rng.randrange(22, 34))
                    members.append(
                        self.bg_person("M", rand_date(rng, g_y, g_y), fam_m=fam_m, turk=turk, given=gf_name)
                    )
                if rng.random() < 0.5:
                    m_y = f_y + rng.randrange(-2, 6)
                    members.append(self.bg_person("F", rand_date(rng, m_y, m_y), fam_m=fam_m, turk=turk))
                k_dob = None
                for i in range(n_kids):
                    if not (twins and i == 1):
                        y = min(2006, f_y + rng.randrange(20, 36))
                        k_dob = rand_date(rng, y, y)
                    sex = rng.choice("MF")
                    # first son after the paternal grandfather
                    given = gf_name if (sex == "M" and i == 0 and rng.random() < 0.45) else None
                    members.append(
                        self.bg_person(sex, k_dob, fam_m=fam_m, father=f.g, turk=turk, given=given)
                    )
                    if twins and i == 1:
                        self._twin(members[-2], members[-1])
        self._contacts(members, kind, car_p=0.45)
        return members

    def _twin(self, a, b):
        """Second twin: another given name, identifier issued next to the first twin's."""
        rng = self.rng
        if "CNP" in a.ids:
            pool = RO_MALE if b.sex == "M" else RO_FEMALE
        elif a.mig_key_g == "turk":
            pool = BG_TURK_MALE if b.sex == "M" else BG_TURK_FEMALE
        else:
            pool = BG_MALE if b.sex == "M" else BG_FEMALE
        while b.g == a.g:
            b.g = _pick(pool, rng)
        for t, v in a.ids.items():
            if t == "CNP":
                s = ("1" if b.sex == "M" else "2") if b.dob.year < 2000 else ("5" if b.sex == "M" else "6")
                for step in range(1, 9):
                    d = s + v[1:9] + f"{(int(v[9:12]) + step) % 1000:03d}"
                    new = d + cnp_check(d)
                    if new not in self.used_ids:
                        break
            else:
                last = int(v[8])
                for step in range(1, 9):
                    cand = (last + step) % 10
                    if (cand % 2 == 0) != (b.sex == "M"):
                        continue
                    d = v[:8] + str(cand)
                    new = d + egn_check(d)
                    if new not in self.used_ids:
                        break
            if new in self.used_ids:
                continue
            self.used_ids.add(new)
            b.ids[t] = new

    def _contacts(self, members, country, car_p):
        rng = self.rng
        shared_phone = self.phone(country) if (len(members) > 1 and rng.random() < 0.3) else None
        shared_car = (
            self.plate(country if country in ("RO", "BG", "MD", "UA", "TR") else "RO")
            if rng.random() < car_p
            else None
        )
        for m in members:
            if shared_phone and rng.random() < 0.7:
                m.phones.append(shared_phone)
            if rng.random() < 0.72:
                m.phones.append(
                    self.phone(country if rng.random() < 0.9 else ("BG" if country != "BG" else "RO"))
                )
            if rng.random() < 0.2:
                m.phones.append(self.phone(country))
            if shared_car and (m is members[0] or rng.random() < 0.5):
                m.plates.append(shared_car)
            elif rng.random() < 0.18:
                m.plates.append(self.plate(country))

    # -- records -----------------------------------------------------------------------------
    def build(self):
        rng = self.rng
        self.smugglers = []
        rows = []
        n = self.n
        total = 0
        while total < n:
            for p in self.household():
                k = self._nrec(p)
                p.nrec = k
                total += k
                self._records(p, k, rows)
        del rows[n:]
        rng.shuffle(rows)
        return rows

    def _nrec(self, p):
        rng = self.rng
        if p.kind == "SMUG":
            return NREC["SMUG"].pick(rng)
        if p.kind in ("RO", "BG"):
            return NREC["RO"].pick(rng)
        if p.kind == "MIG":
            return NREC["MIG"].pick(rng)
        k = NREC["FOR"].pick(rng)
        if p.kind == "TR" and p.sex == "M" and rng.random() < 0.25:  # lorry drivers
            k += rng.randrange(2, 12)
        return k

    def _records(self, p, k, rows):
        rng = self.rng
        kind = p.kind
        # which system sees this person
        if kind in ("RO", "BG"):
            cross = rng.random() < 0.42
            own = kind
            p_other = rng.choice((0.3, 0.5, 0.7)) if cross else 0.0
            systems = [
                (own if rng.random() >= p_other else ("BG" if own == "RO" else "RO")) for _ in range(k)
            ]
        elif kind == "SMUG":
            systems = [rng.choice(("RO", "BG")) for _ in range(k)]
        elif kind == "MIG":
            pb = rng.choice((0.3, 0.6, 0.8, 1.0))
            systems = ["BG" if rng.random() < pb else "RO" for _ in range(k)]
        else:
            pb = rng.choice((0.0, 0.3, 0.5, 0.7, 1.0)) if kind != "MD" else rng.choice((0.0, 0.2, 0.4, 0.6))
            systems = ["BG" if rng.random() < pb else "RO" for _ in range(k)]
        last_name = {}
        for sys_ in systems:
            ev = self._event(p, sys_)
            names = last_name.get(sys_)
            if names is None or rng.random() < 0.35:
                names = self._names(p, sys_, ev)
                last_name[sys_] = names
            rows.append((self._row(p, sys_, ev, names), p.pid))

    def _event(self, p, system):
        r = self.rng.random()
        kind = p.kind
        own = (
            (kind == "RO" and system == "RO")
            or (kind == "BG" and system == "BG")
            or (system == "RO" and "RO" in p.nats)
        )
        if kind == "SMUG":
            return "inv" if r < 0.45 else "border" if r < 0.7 else "police" if r < 0.9 else "traffic"
        if kind == "MIG":
            return "mig" if r < 0.55 else "asylum" if r < 0.9 else "police"
        if kind in ("RO", "BG") or own:
            if own:
                return "police" if r < 0.43 else "traffic" if r < 0.78 else "border" if r < 0.93 else "inv"
            return "border" if r < 0.55 else "police" if r < 0.8 else "traffic"
        return "border" if r < 0.5 else "police" if r < 0.68 else "traffic" if r < 0.83 else "residence"

    # -- names -------------------------------------------------------------------------------
    def _names(self, p, system, ev):
        """Return (given, middle, family, case) as this system would write them."""
        rng = self.rng
        nat = p.nat
        doc_read = ev == "border"
        if nat == "BG":
            fam = p.fam
            if p.fam_alt and rng.random() < 0.35:
                fam = p.fam_alt
            if system == "BG":
                if rng.random() < 0.96:
                    g, m, f = p.g, p.patr if rng.random() < (0.7 if doc_read else 0.88) else "", fam
                else:
                    g, m, f = bg_lat(p.g, p.doc_style), bg_lat(p.patr, p.doc_style), bg_lat(fam, p.doc_style)
                up = rng.random() < (0.85 if doc_read else 0.4)
                return g, m, f, up, "cyr"
            if ev == "inv" and rng.random() < 0.12:  # copied from a Bulgarian file
                return p.g, p.patr, fam, rng.random() < 0.4, "cyr"
            style = p.doc_style if doc_read else BG_STYLE_RO_OFFICER.pick(rng)
            if style == "doc":
                style = p.doc_style
            g, pm, f = bg_lat(p.g, style), bg_lat(p.patr, style), bg_lat(fam, style)
            if style == "ro" and p.g in RO_COGNATE and rng.random() < 0.1:
                g = RO_COGNATE[p.g]  # the Romanian cognate instead of a transliteration
            if style == "ro":
                mode = rng.random()
                if mode < 0.3:
                    g, pm, f = g.translate(_CEDILLA), pm.translate(_CEDILLA), f.translate(_CEDILLA)
                elif mode < 0.55:
                    g, pm, f = strip_diacritics(g), strip_diacritics(pm), strip_diacritics(f)
            r = rng.random()
            if doc_read:
                if r < 0.45:
                    g, m = g + " " + pm, ""
                elif r < 0.8:
                    m = pm
                else:
                    m = ""
                return g, m, f, True, "lat"
            if r < 0.5:
                m = pm
            elif r < 0.6:
                g, m = g + " " + pm, ""
            else:
                m = ""
            return g, m, f, rng.random() < 0.2, "lat"
        if nat in ("RO", "MD"):
            fam = p.fam
            if p.fam_alt and rng.random() < 0.35:
                fam = p.fam_alt
            g, g2 = p.g, p.g2
            if g2:
                r = rng.random()
                if r < 0.5:
                    g, m = g + " " + g2, ""
                elif r < 0.62:
                    g, m = g + "-" + g2, ""
                elif r < 0.85:
                    m = g2
                else:
                    m = ""
            else:
                m = p.fatherinit if (p.fatherinit and not doc_read and rng.random() < 0.5) else ""
            if rng.random() < 0.12:
                g, m, fam = g.translate(_I_HAT), m.translate(_I_HAT), fam.translate(_I_HAT)
            if system == "BG" and rng.random() < (0.08 if doc_read else 0.4):
                return (
                    lat2cyr(g, "ro"),
                    lat2cyr(m, "ro") if m else "",
                    lat2cyr(fam, "ro"),
                    rng.random() < 0.4,
                    "cyr",
                )
            if system == "BG" or doc_read or nat == "MD":
                mode = 2 if (doc_read or system == "BG" or rng.random() < 0.5) else rng.choice((0, 0, 1))
            else:
                r = rng.random()
                mode = 0 if r < 0.58 else 1 if r < 0.78 else 2
            if mode == 1:
                g, m, fam = g.translate(_CEDILLA), m.translate(_CEDILLA), fam.translate(_CEDILLA)
            elif mode == 2:
                g, m, fam = strip_diacritics(g), strip_diacritics(m), strip_diacritics(fam)
            up = doc_read or (system == "BG" and rng.random() < 0.5) or rng.random() < 0.12
            return g, m, fam, up, "lat"
        if nat == "UA":
            cg, lg, vg = p.g
            cf, lf, vf = p.fam
            cm, lm, _vm = p.patr
            patr_c = _ua_patr_cyr(cm, p.sex)
            patr_l = _ua_patr_lat(lm, p.sex)
            if system == "BG" and (not doc_read and rng.random() < 0.55):
                m = ua2bg(patr_c) if rng.random() < 0.45 else ""
                return ua2bg(cg), m, ua2bg(cf), rng.random() < 0.4, "cyr"
            if doc_read or rng.random() < 0.65:
                g, f = lg, lf
            else:
                g = rng.choice(vg.split()) if rng.random() < 0.7 else lg
                f = rng.choice(vf.split()) if rng.random() < 0.7 else lf
            m = patr_l if rng.random() < 0.12 else ""
            return g, m, f, doc_read or rng.random() < 0.2, "lat"
        if nat == "TR":
            g, f = p.g, p.fam
            if system == "BG" and not doc_read and rng.random() < 0.5:
                return lat2cyr(g, "tr"), "", lat2cyr(f, "tr"), rng.random() < 0.4, "cyr"
            r = rng.random()
            if doc_read or r < (0.55 if system == "RO" else 0.9):
                g, f = strip_diacritics(g), strip_diacritics(f)
            elif system == "RO" and r < 0.7:
                g, f = g.translate(_COMMA), f.translate(_COMMA)
            return g, "", f, doc_read or rng.random() < 0.25, "lat"
        # third-country migrants
        if doc_read or (p.docs and rng.random() < 0.3):
            g, m, f = p.g, p.patr, p.fam
        else:
            g = _pick_variant(p.mig_key_g, rng) if rng.random() < 0.55 else p.g
            m = _pick_variant(p.mig_key_m, rng) if rng.random() < 0.55 else p.patr
            f = (_pick_variant(p.mig_key_f, rng) if rng.random() < 0.5 else p.fam) if p.mig_key_f else ""
        mp = 0.45 if ev == "asylum" else 0.2
        if not f and rng.random() < 0.6:  # Afghan without family name: father's name in its place
            f, m = m, ""
        elif rng.random() > mp:
            m = ""
        if system == "BG" and rng.random() < 0.45:
            lang = "ma" if p.nat == "MA" else "ar"
            return (
                lat2cyr(g, lang),
                lat2cyr(m, lang) if m else "",
                lat2cyr(f, lang) if f else "",
                rng.random() < 0.4,
                "cyr",
            )
        return g, m, f, doc_read or rng.random() < 0.3, "lat"

    def _row(self, p, system, ev, names):
        rng = self.rng
        g, m, f, up, script = names
        kind = p.kind
        # per-record noise on names
        if rng.random() < (0.08 if kind == "MIG" else 0.03):
            g, f = f, g
        r = rng.random()
        if r < 0.03:
            which = rng.random()
            if which < 0.5 and g:
                g = typo(g, rng)
            elif f:
                f = typo(f, rng)
        elif r < 0.037 and system == "BG" and script == "lat":
            if rng.random() < 0.5:
                g = homoglyph(g, rng)
            else:
                f = homoglyph(f, rng)
        if up:
            g, m, f = g.upper(), m.upper(), f.upper()
        elif script == "lat" and p.nat not in ("BG", "RO", "MD"):
            g, m, f = title(g), title(m), title(f)
        # birth date
        mig = kind == "MIG"
        dob = p.dob
        miss = {
            "border": 0.01,
            "police": 0.05,
            "traffic": 0.08,
            "inv": 0.03,
            "mig": 0.32,
            "asylum": 0.12,
            "residence": 0.01,
        }[ev]
        if rng.random() < miss:
            bd = ""
        else:
            if mig and (p.pid_unknown_date or rng.random() < 0.12):
                r = rng.random()
                if r < 0.6:
                    dob = datetime.date(dob.year, 1, 1)
                elif r < 0.85:
                    dob = datetime.date(dob.year + rng.choice((-2, -1, 1, 2)), 1, 1)
                else:
                    dob = rand_date(rng, dob.year, dob.year)
            elif rng.random() < 0.02:
                dob = date_slip(dob, rng)
            bd = dob.isoformat()
        sx = "" if rng.random() < (0.04 if ev != "border" else 0.005) else p.sex
        if sx and rng.random() < 0.004:
            sx = "F" if sx == "M" else "M"
        # national id
        nid = ""
        if p.ids:
            for t, v in p.ids.items():
                home = (t == "CNP" and system == "RO") or (t in ("EGN", "LNCH") and system == "BG")
                if t == "LNCH" or (t == "CNP" and v[0] in "78"):
                    pr = (
                        {
                            "asylum": 0.85,
                            "residence": 0.95,
                            "police": 0.5,
                            "inv": 0.6,
                            "border": 0.3,
                            "traffic": 0.5,
                            "mig": 0.25,
                        }[ev]
                        if home
                        else 0.05
                    )
                elif home:
                    pr = {"border": 0.8, "police": 0.7, "traffic": 0.78, "inv": 0.9}.get(ev, 0.5)
                else:
                    pr = {"border": 0.45, "police": 0.3, "traffic": 0.35, "inv": 0.55}.get(ev, 0.1)
                if rng.random() < pr:
                    nid = v
                    break
            if nid and rng.random() < 0.02:
                nid = id_slip(nid, rng)
        # documents
        doc = ""
        if p.docs:
            pd = {
                "border": 0.97,
                "police": 0.5,
                "traffic": 0.45,
                "inv": 0.6,
                "mig": 0.3,
                "asylum": 0.5,
                "residence": 0.9,
            }[ev]
            if rng.random() < pd:
                d = p.docs[0] if (len(p.docs) == 1 or rng.random() < 0.6) else rng.choice(p.docs)
                doc = render_doc(d, rng)
        if not nid and doc and rng.random() < 0.004:
            nid, doc = doc, ""
        # nationality
        if rng.random() < 0.03:
            nat = ""
        else:
            nat = p.nats[0] if (len(p.nats) == 1 or rng.random() < 0.5) else p.nats[1]
            if mig and rng.random() < 0.04:
                nat = rng.choice(("SY", "IQ", "AF", "PK", "IR", "MA", "PS"))
        # phone
        ph = ""
        if p.phones:
            pp = {
                "border": 0.03,
                "police": 0.45,
                "traffic": 0.55,
                "inv": 0.75,
                "mig": 0.45,
                "asylum": 0.65,
                "residence": 0.6,
            }[ev]
            if rng.random() < pp:
                q = p.phones[0] if rng.random() < 0.55 else rng.choice(p.phones)
                ph = render_phone(q, system, rng)
        if mig and not ph and self.smugglers and rng.random() < 0.02:
            s = self.smugglers[rng.randrange(len(self.smugglers))]
            if s.phones:
                ph = render_phone(s.phones[0], system, rng)
        # plate
        pl = ""
        if p.plates:
            ppl = {
                "border": 0.5,
                "police": 0.3,
                "traffic": 0.95,
                "inv": 0.5,
                "mig": 0.0,
                "asylum": 0.0,
                "residence": 0.2,
            }[ev]
            if rng.random() < ppl:
                pl = render_plate(rng.choice(p.plates), system, rng)
        fields = (system, g, m, f, bd, sx, nid, doc, nat, ph, pl)
        line = ",".join(fields)
        if '"' in line or line.count(",") != 10:
            line = ",".join(_q(x) for x in fields)
        return line


def _q(x):
    if any(c in x for c in ',"\n\r'):
        return '"' + x.replace('"', '""') + '"'
    return x


_PICK_CACHE: dict = {}


def _pick(pairs, rng):
    w = _PICK_CACHE.get(id(pairs))
    if w is None:
        w = _PICK_CACHE[id(pairs)] = W(pairs)
    return w.pick(rng)


def _pick4(rows, rng):
    w = _PICK_CACHE.get(id(rows))
    if w is None:
        w = _PICK_CACHE[id(rows)] = W([((r[0], r[1], r[2]), r[3]) for r in rows])
    return w.pick(rng)


def _pick_variant(key, rng):
    vs = mig_variants(key)
    # first spelling is the usual one
    return vs[0] if rng.random() < 0.45 else vs[rng.randrange(len(vs))]


def _masc_of(fem_or_masc):
    if fem_or_masc.endswith(("ова", "ева", "ина")):
        return fem_or_masc[:-1]
    if fem_or_masc.endswith("ска"):
        return fem_or_masc[:-1] + "и"
    return fem_or_masc


_UA2BG = str.maketrans({"і": "и", "ї": "йи", "є": "е", "ь": "", "І": "И", "Ї": "Йи", "Є": "Е"})


def ua2bg(s):
    """Ukrainian Cyrillic as a Bulgarian officer types it: no і, ї, є; ь only before о."""
    return s.replace("ьо", "\x00").translate(_UA2BG).replace("\x00", "ьо")


def _ua_patr_cyr(father_c, sex):
    m = sex == "M"
    if father_c.endswith("й"):
        return father_c + "ович" if m else father_c[:-1] + "ївна"
    if father_c.endswith("ь"):
        return father_c + "ович" if m else father_c[:-1] + "івна"
    if father_c.endswith("а"):
        return father_c[:-1] + ("айович" if m else "аївна")
    if father_c.endswith("о"):
        return father_c[:-1] + ("ович" if m else "івна")
    return father_c + ("ович" if m else "івна")


def _ua_patr_lat(father_l, sex):
    m = sex == "M"
    if father_l.endswith("ii"):
        return father_l + ("ovych" if m else "vna")
    if father_l.endswith("a"):
        return father_l[:-1] + ("aiovych" if m else "aivna")
    if father_l.endswith("o"):
        return father_l[:-1] + ("ovych" if m else "ivna")
    return father_l + ("ovych" if m else "ivna")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    rows = Gen(a.n, a.seed).build()
    header = (
        "record_id,source,given_name,middle_name,family_name,birth_date,sex,national_id,"
        "document_number,nationality,phone,vehicle_plate\n"
    )
    with (
        open(a.out, "w", encoding="utf-8", newline="") as fo,
        open(a.truth, "w", encoding="utf-8", newline="") as ft,
    ):
        fo.write(header)
        ft.write("record_id,person_id\n")
        buf_o, buf_t = [], []
        for i, (line, pid) in enumerate(rows, 1):
            rid = f"h{i:07d}"
            buf_o.append(rid + "," + line + "\n")
            buf_t.append(f"{rid},P{pid}\n")
            if len(buf_o) >= 50000:
                fo.write("".join(buf_o))
                ft.write("".join(buf_t))
                buf_o.clear()
                buf_t.clear()
        fo.write("".join(buf_o))
        ft.write("".join(buf_t))
    return 0


if __name__ == "__main__":
    sys.exit(main())
