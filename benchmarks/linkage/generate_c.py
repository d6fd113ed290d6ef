"""Synthetic person records of Romanian and Bulgarian police systems, for entity resolution ("generator C").

    python benchmarks/linkage/generate_c.py N OUT.csv --truth TRUTH.csv --seed S

writes N records (header: record_id, source, given_name, middle_name, family_name, birth_date, sex,
national_id, document_number, nationality, phone, vehicle_plate) in random order, and TRUTH.csv
(record_id, person_id). Written without looking at the engine or at the other generators, so that the
engine can be checked on data it was not tuned on. Deterministic for a seed; rows are scattered over
temporary bucket files next to OUT and each bucket is shuffled, so memory stays flat (about 70 MB at
N = 1,000,000, 20 s). Record ids are a 40-bit bijection of the output position: unique, person-free.

What is modelled
----------------
Two national systems (source RO or BG) that record the same people during cooperation against migrant
smuggling. A person is generated once (the truth: Cyrillic names for Bulgarians, Romanian Latin with
comma-below diacritics for Romanians, "name concepts" with weighted Latin spellings for foreigners) and
each record is an independent rendering of that truth by a clerk of one system. Persons come in units:

* lone persons (85% of units): Bulgarian 43%, Romanian 43%, Moldovan 5%, Ukrainian 5%, Turkish 4%;
* families (5%): BG or RO parents, 1-3 children (10% twins with consecutive EGN/CNP serials), a BG
  grandfather (20%) whose grandson often bears his given name and sometimes his full three names; wife
  with the husband's surname in female form (85%, a maiden name in some records); shared phone, car
  and trips recorded together; a relative's EGN/CNP sometimes copied into the wrong record (0.4%);
* namesakes (2%): two unrelated people with one given+family name, same birth year in 60%;
* migrant groups (3.5%): 2-30 people (mean about 8) of one nationality (80%), with brothers or a father
  and children inside; recorded at 1-4 events that move between the countries (60% switch), sharing
  the smuggler's or a group phone and the vehicle's plate; drivers/organisers come from a bounded pool
  of repeat facilitators (BG, RO, TR, UA) reused across groups;
* lone migrants (5%): SY, AF 25% each, PK 10%, IQ 8%, MA 6%, TR and IR 5%, BD 4%, EG, DZ 3%, IN, PS, TN 2%.

Measured at N = 100,000, seed 3: 53,131 persons (BG 34.5%, RO 33.9%, migrants 22.5%, MD 3.1%, UA 3.2%,
TR 2.8%); records per person 1: 29,155, 2: 12,970, 3: 5,820, 4: 2,663, 5: 1,129, 6-9: 1,221, 10-15:
173; 11,491 persons in both systems (17% of BG/RO citizens, 34% of migrants, 30% of Turks); 99,691
true pairs of which 28,361 cross-border (one RO and one BG record). Sources are half RO, half BG.
Lone persons have 1 record (60%), 2 (21%), 3 (9%), 4-5 (7%), 6-15 (3%); 35% of BG/RO citizens with
several records (60% of migrants, 70% of Turks) appear in both systems; a single record sits abroad for
12% of citizens and 45% of foreigners.

Names
-----
* Bulgarians: weighted given names (Георги, Иван, Димитър ...; 9% Bulgarian Turks: Ахмед Мехмедов
  Алиев), patronymic from the father's name (-ов/-ев, female -ова/-ева), surnames from given names or
  a list (-ов/-ев/-ски, female forms). In BG records: Cyrillic 92%, patronymic in the middle field 80%,
  dropped 13%, put in the family field or glued to another name 7%. In RO records: Latin 98.5% (1.5%
  Cyrillic copied from a Bulgarian message), patronymic kept 30%, dropped 56%, misplaced 14%; spelling
  system: that of the person's own documents 55% (official 2009 for 80% of people, else pre-2009
  -iya, BGN Kh/Zh/Ts, French Ou/Tch/-off, German W/Sch/Tsch/-ow or scholarly Ž/Č), official 15%,
  Romanian ear 18% (Jeleazcov, Ghenov, Țvetan; Georgi -> Gheorghe in 15% of those), BGN 5%, old 3%,
  French and German 2% each. Nicknames (Гошо, Митко) 1.2%.
* Romanians (and Moldovans): double given names 15% (Ana-Maria, Ion Alexandru), kept 62%, split into
  given/middle 15%, one part dropped 16%, separator changed 7%; a father's initial in the middle field
  5% of RO records; maiden or hyphenated surnames for 16% of adult women; â/î spelling (Câmpeanu /
  Cîmpeanu) 10%. Diacritics in RO records: comma-below 50%, cedilla 12%, stripped 37%, ã-for-ă 1%;
  in BG records Cyrillic transcription 35% (Ștefan -> Щефан, Gheorghe -> Георге), else Latin mostly
  stripped.
* Foreigners: Arabic, Maghrebi (French-style), Afghan/Persian, Pakistani/Bangladeshi, Turkish and
  Ukrainian pools; each name has several Latin spellings (Mohammed/Muhammad/Mohamed..., Al-/El-/al /
  Al-less/assimilated As- forms, Abdul Rahman/Abdulrahman/Abd al-Rahman). A person shows one spelling
  (their passport's, or their habit) in 60% of records. Father's name in the middle field (40% BG, 15%
  RO); no family name for 45% of Afghans, 15% of Arabs; then the father's name is taken as family
  name (65%) or the field stays empty; compound given names split over two fields 20%. In BG records
  55% Cyrillic (70% for Ukrainians), transcribed by ear from a Latin spelling (Мохамед, Мохаммед, Ал-Хасан);
  Turkish letters kept, stripped or German-style (ü -> ue).
* Every record: given/family swapped 1.5-6% (higher abroad), the whole name in one field 0.8%, all
  capitals 45% RO / 35% BG, capital family name 5%, one keyboard slip per field 2% (3.5% for foreign
  names; Latin QWERTY or Bulgarian phonetic neighbours), family name missing 1%, given 0.3%, Latin name
  typed with Cyrillic look-alike letters in BG 0.6%.

Dates, sex, nationality
-----------------------
Birth date present 96% at home, 86% abroad, 80% for migrants; 2.8% slipped (day/month swap, a day or
year off, swapped year digits, next month). Undocumented migrants: 1 January births (40%, Afghans
60%) and a second declared date (1 January of the same or a nearby year) used in 45% of records for
40% of them. Sex present 95% (90% migrants), wrong 0.4%. Nationality present 94% (90% migrants); a
claimed alternative (SY/IQ/PS, AF/IR/PK, Bulgarian Turks as TR, Moldovans as RO) in 15% of records of
people who have one; 0.3% wrong.

Identifiers
-----------
EGN (correct date/century month offset, sex parity, checksum), CNP (sex/century digit, county weighted
to the Danube counties, checksum; foreign residents 7/8), LNCh (checksum). National id present: Bulgarian
EGN 88% in BG, 35% in RO (or a Romanian foreigner CNP for 3% of them); Romanian CNP 86% in RO, 30% in BG
(or an LNCh for 4% resident in BG); foreigners their LNCh (30% of migrants) in BG, foreigner CNP (12%)
in RO, 70% of the time. 2.2% of present ids slipped (wrong/neighbour digit, swap, drop, double).
Documents: BG ID card (9 digits, 12% new two letters + 7 digits), passports, old cards; RO ID series +
6 digits, passports; approximate foreign passport shapes. Present 50% at home, 65% abroad, 40%
migrants (only 25-45% of migrants hold one); an older document 20%; spaced 10%, dashed 3%, prefixed
6% (CI, л.к., №, PASS...), lower case 5%, Cyrillic look-alike letters 5% in BG, OCR look-alikes 1.2%,
digit slips 1.5%.
Phones: RO 07x / BG 087-089, 098 mobiles, landlines ((021) 312 34 56, 02 987 6543), foreign mobiles
(+90, +963, +93, +92, +964, +98, +212, +380, +373 ...), written at home as 0721234567, 0721 234 567,
0888 12 34 56, +40..., 0040..., 40..., without trunk, with (0), dashes or dots, and abroad mostly with
+, 00 or bare country code (10% as a national number without it); 1.5% digit slips. Present for 42%
of a citizen's records if they have a phone (60-72% do), shared within families and migrant groups.
Plates: RO (county, 2-3 digits, 3 letters, no Q, no leading I/O), BG (province, 4 digits, series from
the 12 Cyrillic/Latin look-alikes), TR, UA. BG plates in BG records in Cyrillic 72% (mixed 4%); in RO
records read as sounds (СА 1234 ВХ -> SA1234VH) 6%, Р -> R 2%, Cyrillic 3%; RO plates in BG records
with Cyrillic look-alikes 15%; spaces 44%, none 50%, dashes 6%, lower case 3%, OCR 1.2%.

Resulting fill rates at N = 100,000: given 99.5%, middle 33%, family 96%, birth date 91%, sex 94%,
national id 59% (about 98% of them valid), document 46%, nationality 93%, phone 31%, plate 14%.
Hard negatives at that size: 10.6k pairs of different people sharing a phone, 17.6k a plate, 1.2k a
family name and birth date; the most common names (Ion Popa, Георги Георгиев, a lone "Ali") are borne
by 40-70 different people each.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

HEADER = (
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
)
TODAY = date(2025, 9, 30)
T = TypeVar("T")


class Pool(Generic[T]):
    """A weighted draw from a fixed list, by bisection on cumulative weights."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._items = [item for item, _ in pairs]
        self._cum = list(itertools.accumulate(weight for _, weight in pairs))
        self._total = self._cum[-1]

    def draw(self, rng: random.Random) -> T:
        return self._items[bisect.bisect_right(self._cum, rng.random() * self._total)]


def _entries(table: str) -> list[str]:
    """Table entries are separated by semicolons or line ends."""
    return [e.strip() for e in re.split(r"[;\n]", table) if e.strip()]


def _weighted(table: str) -> Pool[str]:
    """Parse `weight item` entries (an item may contain spaces)."""
    pairs = []
    for line in _entries(table):
        weight, item = line.split(maxsplit=1)
        pairs.append((item.strip(), float(weight)))
    return Pool(pairs)


def _pick(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    """Draw from a short inline list of (value, probability); the last value takes any remainder."""
    u = rng.random()
    for value, p in options:
        if u < p:
            return value
        u -= p
    return options[-1][0]


# --------------------------------------------------------------------------------------------------
# Names of people born in Bulgaria (Cyrillic is the truth; every Latin spelling is derived).
# Male given names carry the patronymic/surname they form (Георги -> Георгиев).
# Weights are per mille of men/women, rounded from public frequency lists and general knowledge.
# --------------------------------------------------------------------------------------------------
_BG_MALE_TABLE = """
380 Георги Георгиев; 330 Иван Иванов; 300 Димитър Димитров; 250 Николай Николаев; 200 Петър Петров
170 Христо Христов; 130 Йордан Йорданов; 120 Стоян Стоянов; 110 Тодор Тодоров; 110 Васил Василев
140 Александър Александров; 110 Атанас Атанасов; 100 Стефан Стефанов; 80 Ангел Ангелов; 50 Борис Борисов
50 Кирил Кирилов; 90 Красимир Красимиров; 80 Пламен Пламенов; 70 Валентин Валентинов; 50 Цветан Цветанов
40 Любомир Любомиров; 40 Емил Емилов; 50 Илия Илиев; 50 Марин Маринов; 40 Костадин Костадинов
30 Симеон Симеонов; 50 Мартин Мартинов; 30 Калоян Калоянов; 40 Виктор Викторов; 40 Даниел Даниелов
70 Михаил Михайлов; 50 Веселин Веселинов; 40 Росен Росенов; 30 Светослав Светославов; 40 Милен Миленов
30 Живко Живков; 15 Желязко Желязков; 20 Слави Славов; 30 Младен Младенов; 20 Благой Благоев
30 Андрей Андреев; 30 Бойко Бойков; 30 Венцислав Венциславов; 20 Огнян Огнянов; 50 Румен Руменов
30 Асен Асенов; 30 Радослав Радославов; 30 Евгени Евгениев; 20 Тихомир Тихомиров; 40 Петко Петков
20 Марко Марков; 20 Коста Костов; 20 Димо Димов; 15 Гено Генов; 20 Кръстьо Кръстев; 15 Методи Методиев
15 Недялко Недялков; 15 Славчо Славчев; 8 Щерьо Щерев; 15 Чавдар Чавдаров; 10 Траян Траянов
15 Янко Янков; 20 Колю Колев; 15 Пеньо Пенев; 10 Вълчо Вълчев; 15 Добри Добрев; 20 Митко Митков
20 Здравко Здравков; 15 Цанко Цанков
"""
_BG_FEMALE_TABLE = """
400 Мария; 150 Иванка; 180 Елена; 100 Йорданка; 60 Пенка; 80 Маргарита; 70 Виолета; 60 Лиляна
60 Цветанка; 50 Радка; 60 Надежда; 70 Румяна; 70 Валентина; 60 Гергана; 90 Десислава; 70 Петя; 80 Милена
60 Силвия; 80 Даниела; 60 Снежана; 60 Кристина; 50 Николета; 60 Виктория; 60 Александра; 40 Габриела
50 Емилия; 40 Юлия; 30 Надя; 30 Мариана; 15 Марияна; 60 Галина; 40 Анелия; 50 Теодора; 40 Стефка
40 Станка; 30 Василка; 30 Катя; 30 Светла; 20 Вяра; 40 Христина; 40 Ралица; 30 Ивета; 30 Весела
30 Диляна; 30 Калина; 30 Симона; 40 Цветелина; 30 Величка; 50 Таня; 40 Красимира; 30 Антония; 20 Йоана
30 Жана
"""
# Bulgarian citizens of Turkish descent (about 8% of the population) keep Turkish-origin names
# with Slavic endings: a built-in source of look-alikes for Turkish and Arab migrants.
_BG_TURK_MALE_TABLE = """
60 Ахмед Ахмедов; 60 Мехмед Мехмедов; 40 Мустафа Мустафов; 50 Али Алиев; 40 Хасан Хасанов
40 Хюсеин Хюсеинов; 30 Ибрахим Ибрахимов; 40 Юсеин Юсеинов; 30 Осман Османов; 30 Исмаил Исмаилов
30 Сали Салиев; 20 Реджеб Реджебов; 20 Шукри Шукриев; 15 Неджми Неджмиев; 20 Бейхан Бейханов
20 Ерхан Ерханов; 15 Айдън Айдънов; 20 Юмер Юмеров
"""
_BG_TURK_FEMALE_TABLE = """
50 Айше; 50 Фатме; 40 Емине; 30 Хатидже; 20 Гюлсер; 20 Зейнеб; 30 Севда; 20 Айля; 20 Мелек; 20 Невин
15 Гюлбие
"""
# Family names that are not simply a popular given name + -ов/-ев.
_BG_SURNAME_TABLE = """
60 Попов; 60 Колев; 50 Костов; 40 Марков; 40 Димов; 30 Генов; 40 Кръстев; 60 Петков; 50 Ангелов
20 Желязков; 20 Живков; 10 Щерев; 10 Маджаров; 30 Ковачев; 20 Пеев; 40 Русев; 30 Станчев; 30 Бонев
20 Цонев; 30 Найденов; 30 Янков; 20 Савов; 30 Лазаров; 30 Вълчев; 40 Добрев; 20 Пенчев; 40 Митев
15 Събев; 20 Ненов; 15 Илчев; 40 Радев; 20 Кънчев; 30 Минчев; 40 Павлов; 30 Славов; 30 Великов; 15 Гочев
30 Драганов; 20 Стойчев; 20 Тончев; 15 Йовчев; 10 Радевски; 10 Петровски; 5 Стамболийски; 10 Каменски
10 Бакърджиев; 15 Кожухаров; 10 Гърков; 10 Чакъров; 10 Шишманов
"""
_BG_NICKNAMES = {
    "Георги": ("Гошо", "Жоро"),
    "Иван": ("Ваньо",),
    "Димитър": ("Митко", "Митьо"),
    "Петър": ("Пешо",),
    "Николай": ("Ники", "Коля"),
    "Александър": ("Сашо",),
    "Христо": ("Ицо",),
    "Тодор": ("Тошо",),
    "Атанас": ("Наско",),
    "Красимир": ("Краси",),
    "Мария": ("Мими",),
    "Елена": ("Ели",),
}
# A Romanian clerk who hears a Bulgarian given name sometimes writes the Romanian cognate.
_BG_RO_COGNATES = {
    "Георги": "Gheorghe",
    "Николай": "Nicolae",
    "Иван": "Ioan",
    "Димитър": "Dumitru",
    "Петър": "Petru",
    "Михаил": "Mihail",
    "Александър": "Alexandru",
    "Стефан": "Ștefan",
    "Васил": "Vasile",
    "Тодор": "Teodor",
}


def _bg_male_pool(table: str) -> tuple[Pool[str], dict[str, str]]:
    pairs, patronymics = [], {}
    for line in _entries(table):
        weight, name, patronymic = line.split()
        pairs.append((name, float(weight)))
        patronymics[name] = patronymic
    return Pool(pairs), patronymics


BG_MALE, BG_PATRONYMIC = _bg_male_pool(_BG_MALE_TABLE)
BG_TURK_MALE, _BG_TURK_PATRONYMIC = _bg_male_pool(_BG_TURK_MALE_TABLE)
BG_PATRONYMIC.update(_BG_TURK_PATRONYMIC)
BG_FEMALE = _weighted(_BG_FEMALE_TABLE)
BG_TURK_FEMALE = _weighted(_BG_TURK_FEMALE_TABLE)
BG_OTHER_SURNAMES = _weighted(_BG_SURNAME_TABLE)


def bg_female_form(surname: str) -> str:
    """Петров -> Петрова, Радевски -> Радевска: family names and patronymics agree with sex."""
    if surname.endswith("ски"):
        return surname[:-1] + "а"
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname


# --------------------------------------------------------------------------------------------------
# Romanian and Moldovan names (Latin with comma-below diacritics is the truth).
# --------------------------------------------------------------------------------------------------
_RO_MALE_TABLE = """
300 Ion; 220 Gheorghe; 200 Vasile; 190 Constantin; 180 Alexandru; 170 Mihai; 160 Andrei; 150 Ionuț
140 Florin; 140 Marian; 130 Daniel; 130 Nicolae; 130 Adrian; 120 Cristian; 110 Ștefan; 110 Gabriel
100 Dumitru; 100 Marius; 90 Bogdan; 90 Cătălin; 70 Petru; 60 Costel; 70 Răzvan; 60 Sorin; 60 Lucian
50 Dan; 50 Viorel; 50 Ovidiu; 50 Mircea; 60 Radu; 50 Sebastian; 40 Liviu; 50 Iulian; 50 Valentin
50 Cosmin; 50 Ciprian; 40 Silviu; 40 Laurențiu; 30 Teodor; 30 Emil; 40 Paul; 50 George; 40 Claudiu
30 Eduard; 40 Robert; 40 Victor; 40 Vlad; 30 Darius; 40 David; 30 Rareș; 20 Nelu; 20 Fănel; 30 Dorin
30 Aurel; 30 Ilie; 20 Traian; 20 Gigel; 20 Petrică; 15 Neculai; 20 Toma; 20 Octavian
"""
_RO_FEMALE_TABLE = """
300 Maria; 220 Elena; 180 Ioana; 150 Ana; 140 Andreea; 130 Mihaela; 120 Gabriela; 120 Cristina
110 Daniela; 110 Alexandra; 90 Florentina; 90 Nicoleta; 90 Georgiana; 80 Ramona; 80 Alina; 70 Mirela
70 Adriana; 70 Simona; 60 Raluca; 60 Irina; 60 Oana; 60 Ionela; 60 Roxana; 50 Camelia; 40 Larisa
50 Iuliana; 40 Luminița; 40 Violeta; 40 Ecaterina; 40 Ștefania; 50 Mădălina; 50 Bianca; 40 Denisa
50 Diana; 40 Anca; 40 Carmen; 20 Gheorghița; 30 Florica; 30 Rodica; 40 Valentina; 20 Lenuța
"""
_RO_SURNAME_TABLE = """
300 Popa; 240 Popescu; 150 Pop; 150 Radu; 140 Dumitru; 130 Stan; 120 Stoica; 110 Gheorghe; 100 Matei
100 Ciobanu; 100 Ionescu; 90 Rusu; 90 Munteanu; 90 Constantin; 80 Mihai; 80 Marin; 70 Lungu; 70 Florea
70 Tudor; 60 Ene; 60 Dinu; 60 Barbu; 50 Nistor; 60 Moldovan; 50 Ion; 50 Neagu; 50 Toma; 50 Cristea
50 Vasile; 50 Dobre; 50 Ilie; 50 Sandu; 30 Nițu; 40 Stănescu; 40 Diaconu; 40 Mocanu; 40 Voicu; 40 Pavel
40 Tănase; 40 Oprea; 30 Niculescu; 40 Dragomir; 40 Anghel; 30 Ștefan; 20 Țurcanu; 30 Zamfir
20 Ștefănescu; 20 Pârvu; 20 Câmpeanu; 20 Drăgulescu; 30 Șerban; 20 Manole; 10 Căpraru; 30 Bălan
30 Lazăr; 30 Enache; 30 Iordache; 30 Ursu; 30 Coman; 30 Nedelcu; 30 Grigore; 20 Chiriac; 20 Mitrea
20 Avram; 20 Stoian; 20 Gheorghiu; 30 Cojocaru; 20 Sârbu; 20 Enescu; 20 Ardeleanu; 30 Olteanu; 30 Preda
20 Nae; 20 Paraschiv; 20 Iancu; 10 Fieraru; 20 Ungureanu; 20 Costache; 30 Dumitrescu; 20 Mihăilescu
30 Vlad; 20 Petrescu; 10 Stoicescu; 20 Bucur; 20 Dima; 20 Negru; 20 Roman; 20 Cazacu; 10 Ispas
20 Militaru; 20 Zaharia; 10 Pană; 10 Tudose; 10 Done; 10 Miu; 20 Ghiță; 20 Lupu; 10 Dobrescu
"""
_MD_MALE_TABLE = """
60 Ion; 40 Vasile; 40 Serghei; 30 Sergiu; 30 Vladimir; 30 Vitalie; 20 Veaceslav; 25 Igor; 20 Oleg
15 Ruslan; 20 Nicolai; 30 Andrei; 20 Dumitru; 30 Alexandru; 20 Victor; 15 Valeriu; 15 Eugeniu
20 Gheorghe; 20 Mihail; 15 Petru
"""
_MD_FEMALE_TABLE = """
30 Tatiana; 25 Olga; 30 Natalia; 15 Svetlana; 15 Galina; 15 Ecaterina; 25 Elena; 25 Maria; 15 Ana
15 Irina; 20 Cristina; 15 Victoria; 10 Nadejda; 10 Valentina; 10 Angela; 10 Liliana
"""
_MD_SURNAME_TABLE = """
40 Rusu; 40 Ceban; 35 Ciobanu; 30 Cebotari; 25 Țurcanu; 25 Cojocari; 25 Lungu; 20 Munteanu; 20 Rotari
10 Bodiu; 15 Guțu; 20 Balan; 20 Roșca; 20 Morari; 25 Popa; 15 Sârbu; 15 Botnari; 15 Moraru
10 Gheorghiță; 10 Vrabie; 15 Croitoru; 15 Melnic; 5 Țîbuleac; 20 Grosu
"""
_RO_NICKNAMES = {
    "Ion": ("Nelu", "Ionel"),
    "Gheorghe": ("Gică", "Ghiță"),
    "Constantin": ("Costel", "Costică", "Titi"),
    "Alexandru": ("Alex", "Sandu"),
    "Nicolae": ("Nicu", "Nae"),
    "Dumitru": ("Mitică", "Dumi"),
    "Vasile": ("Vasilică",),
    "Ștefan": ("Fane",),
    "Mihai": ("Mihăiță",),
    "Elena": ("Lenuța", "Lena"),
    "Maria": ("Mia",),
}
RO_MALE = _weighted(_RO_MALE_TABLE)
RO_FEMALE = _weighted(_RO_FEMALE_TABLE)
RO_SURNAMES = _weighted(_RO_SURNAME_TABLE)
MD_MALE = _weighted(_MD_MALE_TABLE)
MD_FEMALE = _weighted(_MD_FEMALE_TABLE)
MD_SURNAMES = _weighted(_MD_SURNAME_TABLE)


# --------------------------------------------------------------------------------------------------
# Names of third-country nationals: a concept is one name; its Latin spellings are drawn with
# weights 1, 1/2, 1/3, ... in the order written. "al:" generates Al-/El-/al prefix variants.
# A "/" introduces explicit Cyrillic forms (used for Ukrainian); otherwise a Bulgarian officer's
# Cyrillic is transcribed from whichever Latin spelling he was shown or heard.
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Concept:
    """One foreign name with the spellings it meets at the border."""

    latin: tuple[str, ...]
    cum: tuple[float, ...]
    cyr: tuple[str, ...] = ()
    turkish: bool = False

    def spell(self, rng: random.Random) -> str:
        if len(self.latin) == 1:
            return self.latin[0]
        return self.latin[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]

    def spell_cyr(self, rng: random.Random) -> str:
        return self.cyr[0] if len(self.cyr) == 1 or rng.random() < 0.6 else rng.choice(self.cyr[1:])


_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_AL_FORMS = (("Al-{}", 30), ("Al {}", 14), ("Al{}", 10), ("El-{}", 8), ("El {}", 4), ("al-{}", 5), ("{}", 25))


def _al_variants(base: str) -> list[tuple[str, float]]:
    """Al-Hassan, Al Hassan, Alhassan, El-Hassan, El Hassan, al-Hassan, Hassan; As-Sayed for sun letters."""
    out: list[tuple[str, float]] = [
        (form.format(base.lower() if form == "Al{}" else base), weight) for form, weight in _AL_FORMS
    ]
    sun = next((s for s in _SUN_LETTERS if base.lower().startswith(s)), None)
    if sun:
        out.append((f"A{sun}-{base}", 4))
    return out


def _concept(spec: str, turkish: bool) -> Concept:
    cyr: tuple[str, ...] = ()
    if "/" in spec:
        spec, cyr_spec = spec.split("/")
        cyr = tuple(cyr_spec.split("|"))
    pairs: list[tuple[str, float]] = []
    if spec.startswith("al:"):
        for i, base in enumerate(spec[3:].split("|")):
            pairs.extend((variant, w / (i + 1)) for variant, w in _al_variants(base))
    else:
        pairs = [(variant, 1 / (i + 1)) for i, variant in enumerate(spec.split("|"))]
    return Concept(tuple(v for v, _ in pairs), tuple(itertools.accumulate(w for _, w in pairs)), cyr, turkish)


def _concepts(table: str, *, turkish: bool = False) -> Pool[Concept]:
    pairs = []
    for line in _entries(table):
        weight, spec = line.split(maxsplit=1)
        pairs.append((_concept(spec.strip(), turkish), float(weight)))
    return Pool(pairs)


@dataclass(frozen=True, slots=True)
class Culture:
    """How people of one region are named: pools of concepts, and how often there is no family name."""

    male: Pool[Concept]
    female: Pool[Concept]
    family: Pool[Concept]
    no_family: float


_ARAB_MALE = """
300 Mohammed|Muhammad|Mohamed|Mohammad|Muhammed|Mohamad|Mouhammad; 150 Ahmed|Ahmad|Ahmet; 100 Ali
60 Hussein|Hussain|Husain|Husein|Hossein; 70 Hassan|Hasan
40 Abdul Rahman|Abdulrahman|Abdul-Rahman|Abd al-Rahman|Abdelrahman|Abdurrahman|Abd Alrahman
50 Abdullah|Abdallah|Abdulla|Abd Allah; 50 Yusuf|Yousef|Youssef|Yousif|Yusef|Youssif; 60 Omar|Umar|Omer
50 Khaled|Khalid|Khaleed|Haled; 50 Mahmoud|Mahmud|Mahmood; 50 Mustafa|Moustafa|Mostafa|Mustapha
50 Ibrahim|Ebrahim|Ibraheem|Ibrahem; 30 Karim|Kareem|Karem; 20 Samir|Sameer; 20 Walid|Waleed|Oualid
20 Rami|Ramy; 30 Bilal|Belal; 30 Hamza|Hamzah|Hamze; 20 Tariq|Tarek|Tarik|Tareq; 15 Jamal|Gamal|Djamal
30 Saeed|Said|Sayed|Saied; 15 Zaid|Zayd|Zeid; 20 Amir|Ameer|Emir; 15 Faisal|Faysal|Feisal
15 Ayman|Aiman; 15 Osama|Usama|Oussama; 15 Anas|Enes; 15 Majid|Majed; 10 Fadi|Fady
10 Abdulkarim|Abdul Karim|Abdel Karim|Abd al-Karim; 15 Nasser|Naser|Nasir; 10 Mazen|Mazin
15 Qasim|Kassem|Kasim|Qassem; 15 Saleh|Salih; 10 Salah|Salaheddine; 15 Ammar|Amar; 15 Yahya|Yehia|Yahia
"""
_ARAB_FEMALE = """
60 Fatima|Fatimah|Fatma|Fatema; 40 Aisha|Aysha|Aicha|Aishah|Ayesha; 40 Maryam|Mariam|Meryem|Miriam
30 Zainab|Zeinab|Zaynab; 30 Amina|Aminah|Amena; 25 Khadija|Khadijah|Khadeeja|Khadidja; 30 Noor|Nour|Nur
30 Layla|Leila|Laila|Leyla; 30 Sara|Sarah; 15 Huda|Houda|Hoda; 15 Rania|Raniya; 15 Hana|Hanaa|Hanna
15 Nadia|Nadiya; 20 Zahra|Zahraa|Zehra; 15 Asmaa|Asma; 20 Yasmin|Yasmine|Jasmin; 10 Reem|Rim
"""
_ARAB_FAMILY = """
40 al:Hassan|Hasan; 30 al:Ahmad|Ahmed; 30 al:Ali; 25 al:Khalil; 25 al:Hussein|Hussain; 15 al:Shami
15 al:Masri; 15 al:Kurdi; 15 al:Halabi; 15 al:Najjar; 15 al:Zoubi|Zubi|Zoabi; 10 al:Rashid|Rasheed
10 al:Tamimi; 10 al:Obeidi|Obaidi|Ubaidi; 20 Haddad; 15 Khoury|Khouri|Khuri; 15 Darwish|Darwich|Derwish
15 Qasim|Kassem|Kasem|Qassem; 15 Abdallah|Abdullah; 15 Saleh|Salih; 15 Othman|Osman|Uthman; 10 Hamdan
15 Mansour|Mansur|Mansoor; 15 Nasser|Naser; 15 Sheikh|Shaikh|Cheikh; 15 Hamid|Hameed
10 Jaber|Jabir|Gaber; 10 Aziz|Azeez; 10 Suleiman|Sulaiman|Soliman|Suleyman; 15 Ibrahim|Ibraheem
20 Mohammed|Mohamed|Muhammad; 10 Issa|Eissa|Isa; 10 Moussa|Musa|Mousa; 15 Abbas; 10 Hammoud|Hamoud|Hamud
10 Jasim|Jassim|Jassem
"""
_MAGHREB_MALE = """
120 Mohamed|Mohammed|Mouhamed|Mhamed; 50 Ahmed; 40 Youssef|Youssouf|Yusuf
20 Abdelkader|Abdelkadir|Abdel Kader|Abdulkader; 30 Karim; 20 Rachid|Rashid; 20 Said
20 Mustapha|Moustapha|Mustafa; 20 Hicham|Hisham|Hichem; 25 Amine|Amin; 15 Nabil; 20 Khalid|Khaled
20 Adil|Adel; 20 Ayoub|Ayub|Ayoob; 15 Bilal; 15 Mehdi|Mahdi; 15 Soufiane|Sofiane|Sufyan
15 Zakaria|Zakariya|Zakariae; 10 Anouar|Anwar; 10 Driss|Idriss|Idris; 10 Othmane|Othman|Osman
"""
_MAGHREB_FEMALE = """
30 Fatima|Fatiha; 15 Khadija|Khadidja; 10 Samira; 10 Nadia; 10 Salma; 15 Imane|Iman; 15 Meriem|Maryam
"""
_MAGHREB_FAMILY = """
15 El Amrani|Elamrani|Amrani|El-Amrani; 15 Benali|Ben Ali|Ben-Ali; 10 Bouzid|Bouzide
10 Benaissa|Ben Aissa; 10 El Idrissi|Idrissi|Elidrissi; 10 Alaoui|El Alaoui
10 Belkacem|Belkassem|Belgacem; 10 Haddad|Hadad; 10 Cherif|Sherif|Charif; 10 Mansouri|Mansuri
10 Boukhari|Bukhari; 5 Hamdi; 5 Toumi; 10 Saidi; 5 Ouali|Wali; 5 Ziani; 5 Rahmouni; 5 Bennani
5 El Fassi|Fassi; 5 Tahiri|Tahri
"""
_AFPERS_MALE = """
100 Mohammad|Mohammed|Muhammad|Mohamad; 60 Ahmad|Ahmed; 40 Ali; 15 Ahmad Shah|Ahmadshah|Ahmad-Shah
10 Gul Ahmad|Gulahmad|Gul Ahmed; 15 Rahmatullah|Rahmatulla|Rahmat Ullah|Rahmatollah
10 Naqibullah|Naqeebullah|Nakibullah; 15 Habibullah|Habibulla|Habib Ullah|Habibollah
15 Zabihullah|Zabiullah|Zabihulla; 15 Noorullah|Nurullah|Noor Ullah|Nourullah
10 Samiullah|Sami Ullah|Samiulla; 15 Jawad|Javad|Djavad; 20 Reza|Rezah|Riza; 20 Mehdi|Mahdi|Mehdy
15 Alireza|Ali Reza|Ali-Reza; 20 Hamid|Hameed; 20 Sayed|Said|Sayyid|Seyed|Seyyed; 15 Wahid|Vahid|Waheed
15 Farid|Fareed; 10 Jamshid|Jamshed|Djamshid; 10 Shafiq|Shafik|Shafeeq; 15 Naveed|Navid|Nawid
10 Sohail|Suhail|Sohayl; 10 Abdul Wahab|Abdulwahab|Abdul-Wahab; 15 Mustafa|Mostafa
30 Hussain|Hussein|Hossein|Husain; 15 Hassan|Hasan; 10 Omid|Umid|Omeed; 15 Amin|Ameen
10 Bashir|Basheer|Bachir; 15 Ismail|Esmail|Esmaeil|Ismael; 10 Nasir|Naser|Nasser
5 Shir Ahmad|Sher Ahmad|Sherahmad; 5 Mirwais|Mirways|Mir Wais; 10 Masoud|Massoud|Masood|Masud
10 Sharif|Shareef
"""
_AFPERS_FEMALE = """
30 Fatima|Fatemeh|Fateme; 25 Zahra|Zahraa|Zohra; 20 Maryam|Mariam; 10 Masooma|Masoumeh|Masuma
15 Zainab|Zeinab; 10 Parwana|Parvaneh|Parwane; 10 Shirin|Sherin|Shireen; 10 Nargis|Narges|Nargiz
10 Sakina|Sakineh|Sakeena; 10 Mina; 5 Soraya|Suraya; 5 Gulalai|Gulalay; 5 Farzana|Farzaneh
"""
_AFPERS_FAMILY = """
10 Ahmadzai|Ahmadzay|Ahmadzei; 8 Popalzai|Popalzay; 8 Stanikzai|Stanekzai|Stanakzai; 10 Safi|Saafi
15 Karimi|Karimy; 15 Ahmadi|Ahmady; 15 Rahimi|Rahimy; 15 Mohammadi|Mohammady|Muhammadi|Mohamadi
15 Hosseini|Husseini|Hussaini|Husaini; 10 Sultani|Soltani; 10 Noori|Nouri|Nuri
10 Rezaei|Rezaee|Rezai|Rezayi; 10 Jafari|Jaafari|Djafari|Jafary; 10 Hakimi|Hakimy; 10 Amiri|Amiry
10 Azizi|Azizy; 10 Habibi|Habiby; 10 Haidari|Heidari|Haydari|Hajdari; 5 Samadi; 8 Sadat|Saadat
8 Wardak|Wardag; 8 Yusufzai|Yousafzai|Yousufzai; 8 Nazari|Nazary; 8 Rasuli|Rasouli|Rasooly
8 Akbari|Akbary; 8 Sharifi|Sharify; 8 Mirzaei|Mirzaee|Mirzai; 5 Qaderi|Ghaderi|Kaderi; 5 Niazi|Nyazi
10 Khan
"""
_SOUTHASIA_MALE = """
100 Muhammad|Mohammad|Mohammed|Muhammed; 20 Imran|Imraan; 20 Asif|Aasif|Asef; 20 Bilal|Belal
20 Usman|Osman|Othman; 15 Waqas|Waqaas; 15 Zeeshan|Zishan|Zeshan; 10 Kashif|Kashef; 15 Adnan
15 Faisal|Faysal; 15 Shahid|Shaheed; 10 Arslan|Arsalan; 15 Hamza|Hamzah; 10 Irfan|Erfan
10 Ali Raza|Aliraza|Ali Reza; 25 Ahmed|Ahmad; 10 Hassan|Hasan; 8 Abdul Qadir|Abdulqadir|Abdul Kadir
10 Rizwan|Rizvan; 10 Shahzad|Shehzad; 10 Tahir|Taheer; 10 Rahim|Raheem; 10 Sohel|Sohail|Suhail
5 Rakib|Raqib; 5 Jahangir; 8 Habib|Habeeb
"""
_SOUTHASIA_FEMALE = """
10 Ayesha|Aisha|Ayisha; 10 Fatima; 5 Nasreen|Nasrin; 5 Rukhsana|Ruksana; 5 Shabnam
"""
_SOUTHASIA_FAMILY = """
30 Khan; 20 Hussain|Hussein|Husain; 15 Iqbal|Ikbal; 10 Butt|Bhatt
10 Chaudhry|Chaudhary|Choudhury|Chowdhury; 15 Malik; 10 Rana; 10 Javed|Javaid; 15 Ahmed|Ahmad; 15 Ali
10 Shah; 10 Akhtar|Akhter; 10 Mahmood|Mahmud|Mehmood; 10 Aslam; 8 Raza|Reza; 10 Rehman|Rahman|Rahaman
10 Islam; 8 Hossain|Hosen; 8 Uddin|Udin|Ud-Din; 8 Miah|Mia|Miya; 8 Sheikh|Shaikh; 8 Qureshi|Kureshi
8 Siddiqui|Siddiqi|Siddiky; 5 Abbasi; 5 Mirza
"""
_TURK_MALE = """
80 Mehmet|Mehmed|Muhammet; 60 Mustafa; 50 Ahmet; 40 Ali; 40 Hüseyin; 40 Hasan; 30 İbrahim; 25 İsmail
25 Osman; 25 Yusuf; 30 Murat; 20 Emre; 15 Serkan; 15 Kemal; 20 Ömer; 15 Recep; 15 Halil; 15 Süleyman
15 Abdullah; 15 Ramazan; 15 Fatih; 15 Burak; 10 Cem; 10 Erdal; 15 Kadir; 10 Şahin; 15 Hakan; 10 Yaşar
"""
_TURK_FEMALE = """
30 Ayşe; 30 Fatma; 25 Emine; 20 Hatice; 20 Zeynep; 15 Elif; 15 Meryem; 10 Şerife; 10 Zehra; 10 Hülya
10 Özlem; 10 Gül
"""
_TURK_FAMILY = """
30 Yılmaz; 25 Kaya; 25 Demir; 20 Şahin; 20 Çelik; 20 Yıldız; 20 Yıldırım; 15 Öztürk; 15 Aydın
15 Özdemir; 15 Arslan|Aslan; 15 Doğan; 15 Kılıç; 10 Çetin; 10 Kara; 10 Koç; 10 Kurt; 10 Özkan; 10 Şimşek
10 Polat; 10 Korkmaz; 10 Erdoğan; 10 Güneş; 10 Tekin; 10 Aksoy; 10 Bozkurt; 10 Altun; 10 Acar; 10 Aktaş
10 Keskin
"""
_UA_MALE = """
40 Oleksandr|Olexandr|Aleksandr|Alexandr/Олександр|Александър|Олександър
30 Serhii|Serhiy|Sergii|Sergiy|Sergey/Сергій|Сергей|Серхий
30 Andrii|Andriy|Andrey|Andrei/Андрій|Андрей|Андрий; 30 Dmytro|Dmitro|Dmitriy|Dmitri/Дмитро|Дмитрий
25 Volodymyr|Volodimir|Vladimir/Володимир|Владимир; 25 Ivan/Іван|Иван
20 Mykola|Mikola|Nikolai/Микола|Николай; 20 Yurii|Yuriy|Iurii|Yuri/Юрій|Юрий
15 Vasyl|Vasil|Vasily/Василь|Васил; 15 Bohdan|Bogdan/Богдан; 10 Taras/Тарас
20 Maksym|Maksim|Maxim/Максим
"""
_UA_FEMALE = """
25 Olha|Olga/Ольга|Олга; 25 Nataliia|Natalia|Nataliya/Наталія|Наталия
20 Tetiana|Tetyana|Tatiana|Tatyana/Тетяна|Татяна; 15 Iuliia|Yuliia|Yulia|Iulia/Юлія|Юлия
15 Oksana/Оксана; 15 Iryna|Irina/Ірина|Ирина; 10 Svitlana|Svetlana/Світлана|Светлана
15 Anastasiia|Anastasia|Anastasiya/Анастасія|Анастасия
10 Kateryna|Katerina|Ekaterina/Катерина|Екатерина; 10 Viktoriia|Viktoria|Victoria/Вікторія|Виктория
"""
_UA_FAMILY = """
20 Shevchenko|Sevcenco|Schewtschenko/Шевченко; 20 Kovalenko|Covalenco/Коваленко
20 Bondarenko|Bondarenco/Бондаренко; 15 Tkachenko|Tkacenco/Ткаченко
15 Melnyk|Melnik|Melnic/Мельник|Мелник; 15 Kravchenko|Kravcenco/Кравченко
10 Oliinyk|Oleinik|Oliynyk/Олійник|Олейник; 15 Boiko|Boyko|Boico/Бойко
10 Kovalchuk|Kovalciuc|Kowaltschuk/Ковальчук|Ковалчук; 10 Polishchuk|Polisciuc|Polischuk/Поліщук|Полищук
10 Savchenko|Savcenco/Савченко; 10 Lysenko|Lisenko|Lisenco/Лисенко; 10 Rudenko|Rudenco/Руденко
10 Marchenko|Marcenco/Марченко; 10 Moroz/Мороз
"""
CULTURES: dict[str, Culture] = {
    "arab": Culture(_concepts(_ARAB_MALE), _concepts(_ARAB_FEMALE), _concepts(_ARAB_FAMILY), 0.15),
    "maghreb": Culture(
        _concepts(_MAGHREB_MALE), _concepts(_MAGHREB_FEMALE), _concepts(_MAGHREB_FAMILY), 0.05
    ),
    "afpers": Culture(_concepts(_AFPERS_MALE), _concepts(_AFPERS_FEMALE), _concepts(_AFPERS_FAMILY), 0.45),
    "southasia": Culture(
        _concepts(_SOUTHASIA_MALE), _concepts(_SOUTHASIA_FEMALE), _concepts(_SOUTHASIA_FAMILY), 0.15
    ),
    "turk": Culture(
        _concepts(_TURK_MALE, turkish=True),
        _concepts(_TURK_FEMALE, turkish=True),
        _concepts(_TURK_FAMILY, turkish=True),
        0.0,
    ),
    "ua": Culture(_concepts(_UA_MALE), _concepts(_UA_FEMALE), _concepts(_UA_FAMILY), 0.0),
}
# Nationalities of migrants apprehended on the route Turkey -> Bulgaria -> Romania (weights are
# a plausible mix, not statistics), with the naming culture and a claimed alternative nationality.
MIGRANT_NATIONALITIES = Pool(
    [
        (("SY", "arab", ("IQ", "PS", "LB")), 25),
        (("AF", "afpers", ("IR", "PK")), 25),
        (("IQ", "arab", ("SY", "IR")), 8),
        (("PK", "southasia", ("AF", "IN")), 10),
        (("MA", "maghreb", ("DZ", "TN")), 6),
        (("TR", "turk", ("SY", "IQ")), 5),
        (("IR", "afpers", ("AF", "IQ")), 5),
        (("BD", "southasia", ("IN", "PK")), 4),
        (("EG", "arab", ("LY", "SD")), 3),
        (("DZ", "maghreb", ("MA", "TN")), 3),
        (("IN", "southasia", ("PK", "BD")), 2),
        (("PS", "arab", ("SY", "JO")), 2),
        (("TN", "maghreb", ("DZ", "LY")), 2),
    ]
)


# --------------------------------------------------------------------------------------------------
# Script conversions. Every function works word by word and keeps the case pattern of the word.
# --------------------------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+")


def _letter_map(letters: str, spellings: str) -> dict[str, str]:
    """Map each letter to the space-separated spelling at the same position."""
    return dict(zip(letters, spellings.split(), strict=True))


def _words(text: str) -> list[str]:
    return text.split()


def _keep_case(word: str, out: str) -> str:
    if len(word) > 1 and word.isupper():
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


_BG_BASE = _letter_map(
    "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya i",
)
_BG_SYSTEMS: dict[str, dict[str, str]] = {
    # Transliteration Act 2009 (the table in FACTS 5.1); word-final -ия -> -ia below.
    "official": {},
    # Pre-2009 passports and older databases: -ия -> -iya; й at the word end often "i".
    "old": {},
    # BGN/PCGN as used in English-language sources before 2013: Kh, Zh, Ts, ъ -> u.
    "bgn": {"х": "kh", "ъ": "u"},
    # French-style: Jivkov, Tchavdar, Chterev, Stoyanoff, Guéorgui without the accent.
    "fr": {"ж": "j", "у": "ou", "ч": "tch", "ш": "ch", "щ": "cht", "й": "i", "ю": "iou", "я": "ia", "ь": "",
           "х": "kh"},
    # German-style: Schiwkow, Tschawdar, Zwetan, Stojanow.
    "de": {"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "scht", "ю": "ju", "я": "ja", "ь": ""},
    # Romanian ear: Jeleazcov, Ghenov, Țvetan, Ciavdar, Iordan, Stoianov.
    "ro": {"ж": "j", "й": "i", "к": "c", "ц": "ț", "ш": "ș", "щ": "șt", "ъ": "ă", "ь": "i", "ю": "iu",
           "я": "ia"},
    # Slavistic/ISO 9-like, with diacritics: Živkov, Čavdar, Štěrev without the ě.
    "scholar": {"ж": "ž", "ш": "š", "ч": "č", "щ": "št", "ц": "c", "ъ": "ă", "й": "j", "ю": "ju", "я": "ja",
                "ь": ""},
}  # fmt: skip
_BG_TABLES = {name: {**_BG_BASE, **over} for name, over in _BG_SYSTEMS.items()}
_FINAL_YA_AFTER_I = {
    "official": "a",
    "old": "ya",
    "bgn": "ya",
    "fr": "a",
    "de": "ja",
    "ro": "a",
    "scholar": "ja",
}
_CYR_VOWELS = frozenset("аеиоуъюяь")


def _bg_letter(w: str, i: int, system: str, flavour: int, table: dict[str, str]) -> str:
    """Latin for the Cyrillic letter w[i] under `system`; `flavour` bits pick between house variants."""
    c = w[i]
    prev = w[i - 1] if i else ""
    nxt = w[i + 1] if i + 1 < len(w) else ""
    final = i + 1 == len(w)
    if c == "я" and prev == "и" and final:
        return _FINAL_YA_AFTER_I[system]
    if system == "ro":
        if c == "г":
            return "gh" if nxt in ("е", "и") else "g"
        if c == "к":
            return "k" if flavour & 1 else ("ch" if nxt in ("е", "и") else "c")
        if c == "ч":
            return "c" if nxt in ("е", "и") else ("ce" if nxt == "а" and flavour & 2 else "ci")
        if c == "ъ" and flavour & 4:
            return "î"
        if c == "я" and prev and prev not in _CYR_VOWELS and not flavour & 8:
            return "ea"
        if c == "д" and nxt == "ж":
            return ""
        if c == "ж" and prev == "д":
            return "g" if nxt in ("е", "и") else "gi"
    elif system == "fr":
        if c == "г" and nxt in ("е", "и"):
            return "gu"
        if c == "х" and flavour & 1:
            return "h"
        if c == "ъ" and flavour & 2:
            return "e"
        if c == "в" and final and prev in ("о", "е") and flavour & 4:
            return "ff"
        if c == "с" and prev in _CYR_VOWELS and nxt in _CYR_VOWELS:
            return "ss"
    elif system == "de":
        if c == "ъ" and flavour & 1:
            return "u"
        if c == "с" and prev in _CYR_VOWELS and nxt in _CYR_VOWELS:
            return "ss"
    elif system == "old":
        if c == "й" and final and flavour & 1:
            return "i"
        if c == "ъ" and flavour & 2:
            return "u"
    elif system == "bgn" and c == "ъ" and flavour & 1:
        return "a"
    elif system == "scholar" and c == "х" and flavour & 1:
        return "ch"
    return table.get(c, c)


@cache
def bg_to_latin(text: str, system: str, flavour: int = 0) -> str:
    """Bulgarian Cyrillic in one of the Latin spelling systems met in practice."""
    table = _BG_TABLES[system]

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        lw = w.lower()
        return _keep_case(w, "".join(_bg_letter(lw, i, system, flavour, table) for i in range(len(lw))))

    return _WORD.sub(word, text)


_RO_CYR = _letter_map(
    "aăâbcdefghiîjklmnopqrsștțuvwxyz",
    "а ъ ъ б к д е ф г х и ъ ж к л м н о п к р с ш т ц у в в кс и з",
)
_RO_VOWELS = frozenset("aăâeiîouy")
_CYR_OF_VOWEL = {"a": "а", "o": "о", "u": "у", "e": "е"}


def _ro_cyr_word(w: str, flavour: int) -> str:
    out: list[str] = []
    i, n = 0, len(w)
    while i < n:
        c, nx, nx2 = w[i], w[i + 1 : i + 2], w[i + 2 : i + 3]
        prev = w[i - 1] if i else ""
        if c in "cg" and nx == "h" and nx2 in ("e", "i"):
            out.append("к" if c == "c" else "г")
            i += 2
        elif c in "cg" and nx in ("e", "i"):
            base = "ч" if c == "c" else "дж"
            if (nx == "i" and nx2 in ("a", "o", "u")) or (nx == "e" and nx2 in ("a", "o")):
                out.append(base + _CYR_OF_VOWEL[nx2])
                i += 3
            else:
                out.append(base + ("е" if nx == "e" else "и"))
                i += 2
        elif c == "ș" and nx == "t" and not flavour & 1:
            out.append("щ")
            i += 2
        elif c == "e" and nx == "a" and prev and prev not in _RO_VOWELS and not flavour & 2:
            out.append("я")
            i += 2
        elif c == "i" and (not prev or prev in _RO_VOWELS) and (not nx or nx in _RO_VOWELS):
            if nx == "u":
                out.append("ю")
                i += 2
            elif nx == "a":
                out.append("я")
                i += 2
            else:
                out.append("й")
                i += 1
        else:
            out.append("и" if c == "î" and flavour & 4 else _RO_CYR.get(c, c))
            i += 1
    return "".join(out)


@cache
def ro_to_cyrillic(text: str, flavour: int = 0) -> str:
    """A Romanian name as a Bulgarian officer writes it in Cyrillic: Ștefan -> Щефан, Gheorghe -> Георге."""
    text = text.translate(_CEDILLA_TO_COMMA)
    return _WORD.sub(lambda m: _keep_case(m.group(0), _ro_cyr_word(m.group(0).lower(), flavour)), text)


_LAT_THREE = {"tch": "ч", "sch": "ш", "you": "ю"}
_LAT_TWO = {
    "kh": "х", "sh": "ш", "zh": "ж", "gh": "г", "th": "т", "dh": "д", "ph": "ф", "ts": "ц", "dj": "дж",
    "ou": "у", "oo": "у", "ee": "и", "aa": "а", "ya": "я", "yu": "ю", "yo": "йо", "ay": "ай", "ey": "ей",
    "oy": "ой",
}  # fmt: skip
_LAT_ONE = _letter_map(
    "abcdefghijklmnopqrstuvwxyzçşșğıöüâîéè",
    "а б к д е ф г х и дж к л м н о п к р с т у в у кс и з ч ш ш - ъ ьо ю а и е е",
)
_LAT_VOWELS = frozenset("aeiouyıöüâîéè")


def _lat_cyr_word(w: str, flavour: int, turkish: bool) -> str:
    out: list[str] = []
    i, n = 0, len(w)
    while i < n:
        c, two, after = w[i], w[i : i + 2], w[i + 2 : i + 3]
        if c == "c" and turkish:
            out.append("дж")
        elif two == "ch":
            out.append("ш" if flavour & 16 else "ч")
            i += 1
        elif two == "ye":
            out.append("е" if flavour & 2 else "йе")
            i += 1
        elif w[i : i + 3] in _LAT_THREE:
            out.append(_LAT_THREE[w[i : i + 3]])
            i += 2
        elif two in _LAT_TWO:
            out.append(_LAT_TWO[two])
            i += 1
        elif two in ("ai", "ei", "oi") and after not in _LAT_VOWELS:  # Zeid, Yusufzai, Faisal
            out.append(_LAT_ONE[c] + "й")
            i += 1
        elif i and c == w[i - 1] and c not in _LAT_VOWELS and not flavour & 1:
            pass  # Mohammed -> Мохамед: a doubled consonant is written once
        elif c == "y":
            out.append("й" if w[i + 1 : i + 2] in _LAT_VOWELS else "и")
        elif c == "j":
            out.append("ж" if flavour & 4 else "дж")
        elif c == "w":
            out.append("в" if flavour & 8 else "у")
        elif c == "ğ":
            pass
        elif c == "ö" and not i:
            out.append("о")
        else:
            out.append(_LAT_ONE.get(c, c))
        i += 1
    return "".join(out)


@cache
def latin_to_cyrillic(text: str, flavour: int = 0, turkish: bool = False) -> str:
    """A foreign name in Latin letters as a Bulgarian officer writes it: Mohammed -> Мохамед."""
    return _WORD.sub(
        lambda m: _keep_case(m.group(0), _lat_cyr_word(m.group(0).lower(), flavour, turkish)), text
    )


_CEDILLA_TO_COMMA = str.maketrans("şŞţŢ", "șȘțȚ")
_COMMA_TO_CEDILLA = str.maketrans("șȘțȚ", "şŞţŢ")
_STRIP_RO = str.maketrans("ăĂâÂîÎșȘțȚşŞţŢ", "aAaAiIsStTsStT")
_TILDE_RO = str.maketrans("ăĂșȘțȚ", "ãÃşŞţŢ")
_STRIP_TR = str.maketrans("ıİşŞçÇğĞöÖüÜâÂ", "iIsScCgGoOuUaA")
_STRIP_LATIN = str.maketrans("žŽšŠčČăĂîÎ", "zZsScCaAiI")


def romanian_marks(text: str, mode: str) -> str:
    """Comma-below (correct), cedilla (legacy code pages), stripped, or the ã of old fonts."""
    if mode == "comma":
        return text.translate(_CEDILLA_TO_COMMA)
    if mode == "cedilla":
        return text.translate(_COMMA_TO_CEDILLA)
    if mode == "strip":
        return text.translate(_STRIP_RO)
    return text.translate(_TILDE_RO)


def turkish_marks(text: str, mode: str) -> str:
    if mode == "keep":
        return text
    if mode == "de":
        text = text.replace("ö", "oe").replace("ü", "ue").replace("Ö", "Oe").replace("Ü", "Ue")
    return text.translate(_STRIP_TR)


# --------------------------------------------------------------------------------------------------
# Typing slips.
# --------------------------------------------------------------------------------------------------
def _neighbours(rows: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(rows):
        for i, c in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            near += [rows[q][i] for q in (r - 1, r + 1) if 0 <= q < len(rows) and i < len(rows[q])]
            out[c] = "".join(near)
    return out


_KEY_NEIGHBOURS = {
    **_neighbours(("qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # Bulgarian phonetic layout, the one most officers type on.
    **_neighbours(("явертъуиопшщ", "асдфгхйкл", "зьцжбнм")),
}
_DIGIT_NEIGHBOURS = {
    str(d): s for d, s in enumerate(("98", "24", "135", "26", "153", "264", "58", "869", "759", "80"))
}


def name_slip(s: str, rng: random.Random) -> str:
    """One keyboard slip: a neighbouring key, a dropped, doubled or swapped letter."""
    if len(s) < 3:
        return s
    i = rng.randrange(len(s))
    c = s[i]
    op = rng.random()
    near = _KEY_NEIGHBOURS.get(c.lower())
    if op < 0.4 and near and c != " ":
        r = rng.choice(near)
        return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1 :]
    if op < 0.65:
        return s[:i] + s[i + 1 :]
    if op < 0.8:
        return s[:i] + c + s[i:]
    i = min(i, len(s) - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def digit_slip(s: str, rng: random.Random) -> str:
    """One slip in a string of digits: wrong key (often a keypad neighbour), swap, drop or double."""
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    if len(digits) < 2:
        return s
    i = rng.choice(digits)
    op = rng.random()
    if op < 0.5:
        c = rng.choice(_DIGIT_NEIGHBOURS[s[i]]) if rng.random() < 0.6 else str(rng.randrange(10))
        if c == s[i]:
            c = str((int(c) + 1) % 10)
        return s[:i] + c + s[i + 1 :]
    if op < 0.8:
        i = min(i, len(s) - 2)
        if s[i] == s[i + 1]:
            return s[:i] + str((int(s[i]) + 3) % 10) + s[i + 1 :] if s[i].isdigit() else s
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op < 0.9:
        return s[:i] + s[i + 1 :]
    return s[:i] + s[i] + s[i:]


_OCR = {"0": "O", "O": "0", "1": "I", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5", "2": "Z", "Z": "2",
        "6": "G", "G": "6"}  # fmt: skip


def ocr_slip(s: str, rng: random.Random) -> str:
    """A scanner's confusion of look-alike characters, else a digit slip."""
    spots = [i for i, c in enumerate(s) if c in _OCR]
    if not spots:
        return digit_slip(s, rng)
    i = rng.choice(spots)
    return s[:i] + _OCR[s[i]] + s[i + 1 :]


# --------------------------------------------------------------------------------------------------
# Identifiers (FACTS 5.5-5.8).
# --------------------------------------------------------------------------------------------------
_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_EGN_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6)
_LNCH_WEIGHTS = (21, 19, 17, 13, 11, 9, 7, 3, 1)
# County codes weighted towards the Danube border counties and Bucharest.
CNP_COUNTIES = Pool(
    [(52, 8), (13, 8), (51, 5), (34, 5), (16, 5), (25, 3), (40, 4), (22, 3), (12, 3), (35, 3), (29, 3)]
    + [(c, 3) for c in range(41, 47)]
    + [(c, 1) for c in range(1, 40) if c not in (13, 16, 25, 22, 12, 35, 29, 34)]
)


def make_cnp(birth: date, sex: str, county: int, serial: int, *, foreign: bool = False) -> str:
    """Romanian CNP; `foreign` gives the 7/8 sex digit of resident foreigners (century not encoded)."""
    male = sex == "M"
    if foreign:
        s = 7 if male else 8
    elif birth.year >= 2000:
        s = 5 if male else 6
    else:
        s = 1 if male else 2
    body = f"{s}{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{county:02d}{serial:03d}"
    r = sum(int(d) * w for d, w in zip(body, _CNP_WEIGHTS, strict=True)) % 11
    return body + ("1" if r == 10 else str(r))


def make_egn(birth: date, sex: str, region: int) -> str:
    """Bulgarian EGN; the parity of the ninth digit is the sex (even male), the month the century."""
    month = birth.month + (40 if birth.year >= 2000 else 20 if birth.year < 1900 else 0)
    region = (region - region % 2) + (0 if sex == "M" else 1)
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{region % 1000:03d}"
    return body + str(sum(int(d) * w for d, w in zip(body, _EGN_WEIGHTS, strict=True)) % 11 % 10)


def make_lnch(rng: random.Random) -> str:
    body = str(rng.randrange(10**8, 10**9))
    return body + str(sum(int(d) * w for d, w in zip(body, _LNCH_WEIGHTS, strict=True)) % 10)


# Identity-card series: approximated (two letters per issuing county); passports 9 digits.
_RO_CI_SERIES = _words(
    "GZ GG RX RT RD RR RK KZ KX KT DX DZ TR TZ CT IZ MX MZ XB XT XR XC SB SV TM HD IF IL BV PH PX AR AX "
    "CJ DP DR"
)
_PASSPORT_SHAPES = {  # letters-prefix, digit count: approximations of each country's passport numbers
    "SY": ("N", 9), "AF": ("P", 8), "IQ": ("A", 8), "PK": ("LL", 7), "MA": ("LL", 6), "TR": ("U", 8),
    "IR": ("K", 8), "BD": ("LL", 7), "EG": ("A", 8), "DZ": ("", 9), "IN": ("L", 7), "PS": ("", 7),
    "TN": ("L", 6), "UA": ("LL", 6), "MD": ("AB", 7), "LB": ("RL", 6), "LY": ("", 8), "SD": ("P", 8),
    "JO": ("L", 7),
}  # fmt: skip
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def foreign_passport(nat: str, rng: random.Random) -> str:
    prefix, digits = _PASSPORT_SHAPES.get(nat, ("", 9))
    letters = "".join(rng.choice(_UPPER) if ch == "L" else ch for ch in prefix)
    return letters + f"{rng.randrange(10**digits):0{digits}d}"


def bg_id_card(rng: random.Random, birth: date) -> str:
    if rng.random() < 0.12:  # cards issued since 2024: two letters and seven digits
        return "A" + rng.choice("ABCDE") + f"{rng.randrange(10**7):07d}"
    low = 600_000_000 if birth.year > 1970 else 500_000_000
    return str(rng.randrange(low, low + 100_000_000))


def ro_id_card(rng: random.Random) -> str:
    return rng.choice(_RO_CI_SERIES) + f"{rng.randrange(10**6):06d}"


# Phones: (country code, leading digits choices, remaining digit count).
_MOBILE_SHAPES = {
    "40": (("72", "73", "74", "75", "76", "77", "78", "79", "70"), 7),
    "359": (("87", "88", "89", "98", "87", "88", "89"), 7),
    "90": (("50", "53", "54", "55"), 8),
    "963": (("93", "94", "95", "96", "98", "99"), 7),
    "93": (("70", "72", "77", "78", "79"), 7),
    "92": (("300", "301", "312", "321", "333", "345"), 7),
    "964": (("750", "770", "780", "790"), 7),
    "98": (("912", "935", "901", "919"), 7),
    "212": (("6",), 8),
    "213": (("55", "66", "77"), 7),
    "216": (("2", "5", "9"), 7),
    "20": (("10", "11", "12"), 8),
    "880": (("17", "18", "19"), 8),
    "91": (("98", "97", "96"), 8),
    "970": (("59",), 7),
    "380": (("50", "67", "63", "93", "97"), 7),
    "373": (("69", "68", "79", "78"), 6),
    "961": (("3", "70", "71"), 6),
    "962": (("77", "78", "79"), 7),
    "218": (("91", "92"), 7),
    "249": (("91", "92"), 7),
}
PHONE_CC = {
    "RO": "40", "BG": "359", "TR": "90", "SY": "963", "AF": "93", "PK": "92", "IQ": "964", "IR": "98",
    "MA": "212", "DZ": "213", "TN": "216", "EG": "20", "BD": "880", "IN": "91", "PS": "970", "UA": "380",
    "MD": "373", "LB": "961", "JO": "962", "LY": "218", "SD": "249",
}  # fmt: skip


def mobile(cc: str, rng: random.Random) -> tuple[str, str]:
    lead, rest = _MOBILE_SHAPES[cc]
    return cc, rng.choice(lead) + f"{rng.randrange(10**rest):0{rest}d}"


def landline(cc: str, rng: random.Random) -> tuple[str, str]:
    if cc == "40":
        area = _pick(rng, (("21", 0.4), ("31", 0.1), ("246", 0.15), ("241", 0.15), ("251", 0.2)))
    else:
        area = _pick(rng, (("2", 0.45), ("82", 0.2), ("52", 0.15), ("56", 0.1), ("32", 0.1)))
    return (
        cc,
        area + f"{rng.randrange(10 ** (9 - len(area) - (cc == '359'))):0{9 - len(area) - (cc == '359')}d}",
    )


def _groups(s: str, sizes: Sequence[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out[-1] += s[i:]
    return out


def _phone_group_sizes(cc: str, nsn: str, rng: random.Random) -> tuple[int, ...]:
    if cc == "359" and nsn[0] == "2":
        return (1, 3, 4)  # Sofia: 2 987 6543
    if cc == "40" and nsn[:2] in ("21", "31"):
        return (2, 3, 4)  # Bucharest: 21 312 3456
    if cc == "359" and len(nsn) == 9:
        return _pick(rng, (((3, 3, 3), 0.4), ((2, 3, 4), 0.35), ((3, 2, 2, 2), 0.25)))
    return {10: (3, 3, 4), 8: (2, 3, 3)}.get(len(nsn), (3, 3, 3))


def format_phone(cc: str, nsn: str, source: str, rng: random.Random) -> str:
    """A number as written in the `source` system: national forms at home, many prefixes abroad."""
    home = cc == ("40" if source == "RO" else "359")
    fixed = nsn[0] in "23" if cc in ("40", "359") else False
    if fixed and cc == "40" and nsn[:2] in ("21", "31") and rng.random() < 0.4:
        return f"(0{nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}"
    national = " ".join(_groups(nsn, _phone_group_sizes(cc, nsn, rng)))
    if home:
        style = _pick(rng, (("0n", 0.34), ("0g", 0.22), ("0-", 0.04), ("0.", 0.02), ("+n", 0.12),
                            ("+g", 0.1), ("00", 0.06), ("cc", 0.04), ("n", 0.03), ("+0", 0.03)))  # fmt: skip
    else:
        style = _pick(rng, (("+n", 0.35), ("+g", 0.2), ("00", 0.22), ("cc", 0.1), ("0n", 0.1), ("n", 0.03)))
    if style == "0n":
        return "0" + nsn
    if style == "0g":
        return "0" + national
    if style in ("0-", "0."):
        return "0" + national.replace(" ", style[1])
    if style == "+n":
        return f"+{cc}{nsn}"
    if style == "+g":
        return f"+{cc} {national}"
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "cc":
        return cc + nsn
    if style == "+0":
        return f"+{cc} (0){nsn}"
    return nsn


# Plates: stored in the canonical Latin homoglyph form with spaces; rendered per system.
_RO_COUNTIES = Pool(
    [("B", 18), ("GR", 8), ("CT", 6), ("CL", 4), ("TR", 4), ("DJ", 4), ("IF", 4), ("MH", 2), ("OT", 2)]
    + [(c, 1.5) for c in _words("AB AG AR BC BH BN BR BT BV BZ CJ CS CV DB GJ GL HD HR IL IS MM MS NT PH")]
    + [(c, 1.5) for c in _words("SB SJ SM SV TL TM VL VN VS")]
)  # fmt: skip
_BG_PROVINCES = Pool(
    [("CA", 10), ("CB", 6), ("C", 4), ("P", 10), ("B", 8), ("A", 6), ("PB", 6), ("TX", 4), ("CC", 3),
     ("BH", 2), ("BP", 2), ("EH", 3), ("BT", 3), ("E", 2), ("EB", 1), ("K", 1), ("KH", 1), ("OB", 1),
     ("M", 1), ("PA", 2), ("PK", 1), ("PP", 2), ("CH", 2), ("CM", 1), ("CO", 2), ("CT", 3), ("T", 1),
     ("X", 2), ("H", 2), ("Y", 1)]
)  # fmt: skip
_UA_LETTERS = "ABCEHIKMOPTX"
_RO_PLATE_FIRST = "ABCDEFGHJKLMNPRSTUVWXYZ"
_RO_PLATE_NEXT = "ABCDEFGHIJKLMNOPRSTUVWXYZ"
_BG_SERIES = "ABKMHPCTX"


def make_plate(country: str, rng: random.Random) -> tuple[str, str]:
    if country == "RO":
        county = _RO_COUNTIES.draw(rng)
        num = (
            f"{rng.randrange(100, 1000)}"
            if county == "B" and rng.random() < 0.4
            else f"{rng.randrange(1, 100):02d}"
        )
        letters = rng.choice(_RO_PLATE_FIRST) + rng.choice(_RO_PLATE_NEXT) + rng.choice(_RO_PLATE_NEXT)
        return "RO", f"{county} {num} {letters}"
    if country == "BG":
        series = rng.choice(_BG_SERIES) + rng.choice(_BG_SERIES)
        return "BG", f"{_BG_PROVINCES.draw(rng)} {rng.randrange(1, 10000):04d} {series}"
    if country == "UA":
        region = rng.choice("ABKX") + rng.choice(_UA_LETTERS)
        return "UA", f"{region} {rng.randrange(10000):04d} {rng.choice(_UA_LETTERS)}{rng.choice(_UA_LETTERS)}"
    province = _pick(rng, (("34", 0.4), ("22", 0.2), ("39", 0.15), ("06", 0.1), ("16", 0.15)))
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(rng.choice((1, 2, 3))))
    return "TR", f"{province} {letters} {rng.randrange(10, 10000 if len(letters) < 3 else 1000)}"


_LATIN_TO_CYR_PLATE = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
_CYR_PLATE_READ_AS_SOUNDS = str.maketrans("CBXPHY", "SVHRNU")


def format_plate(country: str, plate: str, source: str, rng: random.Random) -> str:
    """The plate as typed: BG plates in Cyrillic at home, misread by sound or letter abroad."""
    if country in ("BG", "UA"):
        if source == "BG":
            u = rng.random()
            if u < 0.72:
                plate = plate.translate(_LATIN_TO_CYR_PLATE)
            elif u < 0.76:  # the province in Cyrillic, the series typed on a Latin keyboard
                head, rest = plate.split(" ", 1)
                plate = head.translate(_LATIN_TO_CYR_PLATE) + " " + rest
        else:
            u = rng.random()
            if u < 0.06:
                plate = plate.translate(_CYR_PLATE_READ_AS_SOUNDS)
            elif u < 0.08:
                plate = plate.replace("P", "R")
            elif u < 0.11:
                plate = plate.translate(_LATIN_TO_CYR_PLATE)
    elif source == "BG" and rng.random() < 0.15:
        plate = plate.translate(_LATIN_TO_CYR_PLATE)
    spacing = _pick(rng, (("", 0.5), (" ", 0.44), ("-", 0.06)))
    if spacing != " ":
        plate = plate.replace(" ", spacing)
    if rng.random() < 0.03:
        plate = plate.lower()
    if rng.random() < 0.012:
        plate = ocr_slip(plate, rng)
    return plate


_DOC_PREFIXES = {  # (system, kind of document): what clerks type before the number
    ("RO", "id"): ("CI ", "C.I. ", "BI "),
    ("RO", "passport"): ("PASS ", "pașaport ", "Pașaport nr. "),
    ("RO", "any"): ("nr. ", "Nr.", "NR "),
    ("BG", "id"): ("л.к. ", "ЛК ", "л.к.№"),
    ("BG", "passport"): ("паспорт ", "пасп. ", "PASS "),
    ("BG", "any"): ("№ ", "№", "No "),
}
_DOMESTIC_ID = re.compile(r"[A-Z]{2}\d{6}|[56]\d{8}|A[A-E]\d{7}")
_LATIN_TO_CYR_DOC = str.maketrans("ABEKMHOPCTX", "АВЕКМНОРСТХ")


def format_document(doc: str, source: str, rng: random.Random) -> str:
    """A document number as typed: spaced, dashed, lower case, with a prefix, or with slips."""
    u = rng.random()
    letters = len(doc) - len(doc.lstrip(_UPPER))
    if u < 0.10:
        doc = doc[:letters] + " " + doc[letters:] if letters else " ".join(_groups(doc, (3, 3, 3, 3)))
    elif u < 0.13:
        doc = doc[:letters] + "-" + doc[letters:] if letters else doc
    elif u < 0.19:
        kind = "any" if rng.random() < 0.4 else "id" if _DOMESTIC_ID.fullmatch(doc) else "passport"
        doc = rng.choice(_DOC_PREFIXES[source, kind]) + doc
    elif u < 0.20 and not letters and doc.startswith("0"):
        doc = doc.lstrip("0")
    if letters and rng.random() < 0.05:
        doc = doc.lower()
    if letters and source == "BG" and rng.random() < 0.05:
        doc = doc.translate(_LATIN_TO_CYR_DOC)
    u = rng.random()
    if u < 0.012:
        doc = ocr_slip(doc, rng)
    elif u < 0.027:
        doc = digit_slip(doc, rng)
    return doc


# --------------------------------------------------------------------------------------------------
# People.
# --------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Person:
    """One real person: the truth behind each of their records."""

    pid: int
    kind: str  # bg, ro, md: names are text; mig, tr, ua: names are concepts
    sex: str
    birth: date
    nationality: str
    given: str | Concept
    middle: str | Concept | None = None  # BG patronymic, a migrant's father's name, RO father's initial
    family: str | Concept | None = None
    maiden: str | None = None
    spelling: tuple[str | None, str | None, str | None] = (None, None, None)  # as in their passport
    translit: str = "official"  # Latin spelling system of a Bulgarian's own documents
    alt_nationality: str | None = None
    declared_birth: date | None = None
    egn: str | None = None
    cnp: str | None = None
    foreign_cnp: bool = False
    lnch: str | None = None
    docs: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)
    plates: list[tuple[str, str]] = field(default_factory=list)
    relative_id: str | None = None


def birth_at_age(rng: random.Random, low: float, span: float, a: float = 2.0, b: float = 4.0) -> date:
    """A birth date for an age of low + Beta(a, b) * span years on TODAY."""
    return TODAY - timedelta(days=int((low + rng.betavariate(a, b) * span) * 365.25))


def years_later(d: date, years: float) -> date:
    return d + timedelta(days=int(years * 365.25))


def bg_male_form(surname: str) -> str:
    if surname.endswith("ска"):
        return surname[:-1] + "и"
    if surname.endswith(("ова", "ева", "ина")):
        return surname[:-1]
    return surname


# --------------------------------------------------------------------------------------------------
# Rendering one record of a person in one country's system.
# --------------------------------------------------------------------------------------------------
_BG_LAYOUTS = {  # where a Bulgarian's patronymic ends up
    "BG": (("full", 0.80), ("drop", 0.13), ("pat_as_family", 0.02), ("pat_in_given", 0.015),
           ("pat_in_family", 0.015), ("swapped", 0.02)),
    "RO": (("full", 0.30), ("drop", 0.56), ("pat_in_given", 0.06), ("pat_as_family", 0.03),
           ("pat_in_family", 0.02), ("swapped", 0.03)),
}  # fmt: skip
_RO_SYSTEMS = (
    ("doc", 0.55),
    ("official", 0.15),
    ("ro", 0.18),
    ("bgn", 0.05),
    ("old", 0.03),
    ("fr", 0.02),
    ("de", 0.02),
)
_MARKS = {
    "RO": (("comma", 0.5), ("cedilla", 0.12), ("strip", 0.37), ("tilde", 0.01)),
    "BG": (("strip", 0.75), ("comma", 0.1), ("cedilla", 0.15)),
}
_A_I = str.maketrans("âî", "îâ")


def _layout(code: str, given: str, pat: str, fam: str) -> tuple[str, str, str]:
    if code == "full":
        return given, pat, fam
    if code == "pat_as_family" and pat:
        return given, "", pat
    if code == "pat_in_given" and pat:
        return f"{given} {pat}", "", fam
    if code == "pat_in_family" and pat:
        return given, "", f"{pat} {fam}".strip()
    if code == "swapped" and pat:
        return given, fam, pat
    return given, "", fam


def _names_bg(p: Person, src: str, rng: random.Random) -> tuple[str, str, str]:
    given, pat, fam = str(p.given), str(p.middle or ""), str(p.family or "")
    if p.maiden and rng.random() < 0.25:
        fam = p.maiden
    if given in _BG_NICKNAMES and rng.random() < 0.012:
        given = rng.choice(_BG_NICKNAMES[given])
    g, m, f = _layout(_pick(rng, _BG_LAYOUTS[src]), given, pat, fam)
    if rng.random() >= (0.08 if src == "BG" else 0.985):
        return g, m, f
    if src == "BG":
        system = p.translit if rng.random() < 0.5 else "official"
    else:
        system = _pick(rng, _RO_SYSTEMS)
        system = p.translit if system == "doc" else system
    flavour = rng.randrange(16)
    out = [bg_to_latin(x, system, flavour) if x else "" for x in (g, m, f)]
    cognate = src == "RO" and system == "ro" and g == given and given in _BG_RO_COGNATES
    if cognate and rng.random() < 0.15:
        out[0] = _BG_RO_COGNATES[given]
    if system == "ro":
        mode = _pick(rng, _MARKS[src])
        out = [romanian_marks(x, mode) for x in out]
    elif system == "scholar" and rng.random() < 0.5:
        out = [x.translate(_STRIP_LATIN) for x in out]
    return out[0], out[1], out[2]


def _names_ro(p: Person, src: str, rng: random.Random) -> tuple[str, str, str]:
    given, fam, middle = str(p.given), str(p.family or ""), ""
    if p.maiden and rng.random() < 0.25:
        fam = p.maiden
    if given in _RO_NICKNAMES and rng.random() < (0.012 if src == "RO" else 0.006):
        given = rng.choice(_RO_NICKNAMES[given])
    parts = re.split("[- ]", given, maxsplit=1)
    if len(parts) == 2:  # a double given name
        how = _pick(rng, (("as is", 0.62), ("split", 0.15), ("first", 0.13), ("second", 0.03), ("sep", 0.07)))
        if how == "split":
            given, middle = parts
        elif how in ("first", "second"):
            given = parts[how == "second"]
        elif how == "sep":
            given = parts[0] + (" " if "-" in given else "-") + parts[1]
    if "-" in fam:  # a married woman's double surname
        u = rng.random()
        fam = fam.split("-")[0] if u < 0.2 else fam.split("-")[1] if u < 0.35 else fam
    if src == "RO" and not middle and p.middle and rng.random() < 0.05:
        middle = str(p.middle) + ("." if rng.random() < 0.7 else "")
    if rng.random() < 0.1:  # î/â spelling reform: Câmpeanu / Cîmpeanu
        given, fam = given[:1] + given[1:].translate(_A_I), fam[:1] + fam[1:].translate(_A_I)
    if src == "BG" and rng.random() < 0.35:
        flavour = rng.randrange(8)
        return ro_to_cyrillic(given, flavour), ro_to_cyrillic(middle, flavour), ro_to_cyrillic(fam, flavour)
    mode = _pick(rng, _MARKS[src])
    return romanian_marks(given, mode), romanian_marks(middle, mode), romanian_marks(fam, mode)


def _migrant_family_field(fam: str, fa: str, middle: str, rng: random.Random) -> tuple[str, str]:
    """Which name a clerk takes for a migrant's family name: the family's, the father's, or none."""
    if fam:
        u = rng.random()
        if u < 0.07 and fa:
            return fa, ""
        return ("", middle) if u < 0.12 else (fam, middle)
    if fa and rng.random() < 0.65:
        return fa, ""
    return fam, middle


def _names_foreign(p: Person, src: str, rng: random.Random) -> tuple[str, str, str]:
    ua = p.kind == "ua"
    cyr = rng.random() < ((0.7 if ua else 0.55) if src == "BG" else (0.03 if ua else 0.01))
    flavour = rng.randrange(32)

    def spell(i: int, c: str | Concept | None) -> str:
        if not isinstance(c, Concept):
            return ""
        pref = p.spelling[i]
        latin = pref if pref and rng.random() < 0.6 else c.spell(rng)
        if not cyr:
            return latin
        return c.spell_cyr(rng) if c.cyr else latin_to_cyrillic(latin, flavour, c.turkish)

    g, fa, fam = spell(0, p.given), spell(1, p.middle), spell(2, p.family)
    middle = fa if rng.random() < (0.4 if src == "BG" else 0.15) else ""
    if p.kind == "mig":
        fam, middle = _migrant_family_field(fam, fa, middle, rng)
    if " " in g and rng.random() < 0.2:  # Abdul | Rahman
        g, middle = g.split(" ", 1)
    if not cyr and isinstance(p.given, Concept) and p.given.turkish:
        mode = _pick(
            rng,
            (("keep", 0.35), ("strip", 0.6), ("de", 0.05))
            if src == "RO"
            else (("strip", 0.7), ("keep", 0.3)),
        )
        g, middle, fam = turkish_marks(g, mode), turkish_marks(middle, mode), turkish_marks(fam, mode)
    return g, middle, fam


_HOMOGLYPHS = str.maketrans("AaBEeKMHOoPpCcTXxy", "АаВЕеКМНОоРрСсТХху")
_SWAP = {("bg", "BG"): 0.015, ("bg", "RO"): 0.04, ("ro", "RO"): 0.03, ("ro", "BG"): 0.06, ("md", "RO"): 0.04}


def _finish_names(g: str, m: str, f: str, kind: str, src: str, rng: random.Random) -> tuple[str, str, str]:
    """Swapped fields, one-field names, capitals and slips: what every clerk does to every name."""
    if rng.random() < _SWAP.get((kind, src), 0.06):
        g, f = f, g
    if rng.random() < 0.008:
        g, m, f = " ".join(x for x in (g, m, f) if x), "", ""
    upper = 0.45 if src == "RO" else 0.35
    u = rng.random()
    if u < upper:
        g, m, f = g.upper(), m.upper(), f.upper()
    elif u < upper + 0.05:
        f = f.upper()
    if src == "BG" and rng.random() < 0.006:  # a Latin name typed with the Cyrillic layout half on
        g, f = g.translate(_HOMOGLYPHS), f.translate(_HOMOGLYPHS)
    slip = 0.02 if kind in ("bg", "ro", "md") else 0.035
    if g and rng.random() < slip:
        g = name_slip(g, rng)
    if m and rng.random() < slip:
        m = name_slip(m, rng)
    if f and rng.random() < slip:
        f = name_slip(f, rng)
    if rng.random() < 0.01:
        f = ""
    elif rng.random() < 0.003:
        g = ""
    return g, m, f


def date_slip(d: date, rng: random.Random) -> date:
    """Day/month swapped, a day or year digit off, the year's last digits swapped, the next month."""
    u = rng.random()
    try:
        if u < 0.35 and d.day <= 12 and d.day != d.month:
            return d.replace(month=d.day, day=d.month)
        if u < 0.6:
            return d.replace(day=d.day + rng.choice((-10, -1, 1, 10)))
        if u < 0.8:
            return d.replace(year=d.year + rng.choice((-1, 1)))
        swapped = d.year - d.year % 100 + (d.year % 10) * 10 + (d.year % 100) // 10
        if u < 0.9 and swapped < TODAY.year:
            return d.replace(year=swapped)
        return d.replace(month=d.month % 12 + 1)
    except ValueError:
        return d + timedelta(days=1)


_BIRTH_P = {
    ("bg", "BG"): 0.96,
    ("ro", "RO"): 0.96,
    ("md", "RO"): 0.92,
    ("bg", "RO"): 0.86,
    ("ro", "BG"): 0.86,
}


def _birth(p: Person, src: str, rng: random.Random) -> str:
    if rng.random() >= _BIRTH_P.get((p.kind, src), 0.8 if p.kind == "mig" else 0.88):
        return ""
    d = p.declared_birth if p.declared_birth and rng.random() < 0.45 else p.birth
    if rng.random() < 0.028:
        d = date_slip(d, rng)
    return d.isoformat()


def _sex(p: Person, rng: random.Random) -> str:
    if rng.random() >= (0.9 if p.kind == "mig" else 0.95):
        return ""
    if rng.random() < 0.004:
        return "F" if p.sex == "M" else "M"
    return p.sex


def _national_id(p: Person, src: str, rng: random.Random) -> str:
    nid: str | None = None
    if p.kind == "bg":
        if src == "RO" and p.cnp and rng.random() < 0.5:
            nid = p.cnp  # a Bulgarian resident in Romania, known there by a foreigner's CNP
        elif rng.random() < (0.88 if src == "BG" else 0.35):
            nid = p.egn
    elif p.cnp and not p.foreign_cnp:  # Romanian citizens, Moldovans with Romanian citizenship
        if src == "BG" and p.lnch and rng.random() < 0.5:
            nid = p.lnch
        elif rng.random() < (0.86 if src == "RO" else 0.3):
            nid = p.cnp
    else:
        own, other = (p.lnch, p.cnp) if src == "BG" else (p.cnp, p.lnch)
        if own and rng.random() < 0.7:
            nid = own
        elif other and rng.random() < 0.05:
            nid = other
    if nid is None:
        return ""
    if p.relative_id and rng.random() < 0.004:
        nid = p.relative_id  # a relative's number copied into the wrong record
    if rng.random() < 0.022:
        nid = digit_slip(nid, rng)
    return nid


_DOC_P = {("bg", "BG"): 0.5, ("bg", "RO"): 0.65, ("ro", "RO"): 0.5, ("ro", "BG"): 0.68, ("md", "RO"): 0.55}


def _document(p: Person, src: str, rng: random.Random) -> str:
    if not p.docs or rng.random() >= _DOC_P.get((p.kind, src), 0.4 if p.kind == "mig" else 0.65):
        return ""
    doc = p.docs[0] if len(p.docs) == 1 or rng.random() < 0.8 else rng.choice(p.docs[1:])
    return format_document(doc, src, rng)


_ANY_NATIONALITY = ("RO", "BG", "MD", "TR", "SY", "AF", "IQ", "UA", "RS", "GR")


def _nationality(p: Person, rng: random.Random) -> str:
    if rng.random() >= (0.9 if p.kind == "mig" else 0.94):
        return ""
    if p.alt_nationality and rng.random() < 0.15:
        return p.alt_nationality
    if rng.random() < 0.003:
        return rng.choice(_ANY_NATIONALITY)
    return p.nationality


def render(
    p: Person, src: str, phone: tuple[str, str] | None, plate: tuple[str, str] | None, rng: random.Random
) -> list[str]:
    """One record of `p` as the `src` system holds it, in the order of HEADER after record_id."""
    if p.kind == "bg":
        g, m, f = _names_bg(p, src, rng)
    elif p.kind in ("ro", "md"):
        g, m, f = _names_ro(p, src, rng)
    else:
        g, m, f = _names_foreign(p, src, rng)
    g, m, f = _finish_names(g, m, f, p.kind, src, rng)
    if phone and rng.random() < 0.015:
        phone = (phone[0], digit_slip(phone[1], rng))
    return [
        src,
        g,
        m,
        f,
        _birth(p, src, rng),
        _sex(p, rng),
        _national_id(p, src, rng),
        _document(p, src, rng),
        _nationality(p, rng),
        format_phone(phone[0], phone[1], src, rng) if phone else "",
        format_plate(plate[0], plate[1], src, rng) if plate else "",
    ]


# --------------------------------------------------------------------------------------------------
# The population: persons are made unit by unit (a lone person, a family, two namesakes, a migrant
# group with its drivers) and each unit's records are emitted at once, so memory stays bounded.
# --------------------------------------------------------------------------------------------------
_RECORDS = (
    (1, 0.60),
    (2, 0.21),
    (3, 0.09),
    (4, 0.045),
    (5, 0.025),
    (6, 0.025),
    (10, 0.005),
)  # 6: 6-9, 10: 10-15
_MIGRANT_RECORDS = ((1, 0.5), (2, 0.3), (3, 0.13), (4, 0.05), (6, 0.02))
_FAMILY_EXTRA = ((0, 0.4), (1, 0.33), (2, 0.14), (3, 0.07), (4, 0.04), (6, 0.02))
_HOME = {"bg": "BG", "ro": "RO", "md": "RO"}
_CROSS = {"bg": 0.35, "ro": 0.35, "md": 0.4, "tr": 0.7, "ua": 0.6, "mig": 0.6}
_LONE_ABROAD = {"bg": 0.12, "ro": 0.12, "md": 0.25, "tr": 0.45, "ua": 0.45, "mig": 0.45}


class Sink:
    """Scatters rows over temporary bucket files; `finish` writes them in random order with fresh ids."""

    def __init__(self, n: int, files: Sequence[Callable[[str], object]], rng: random.Random) -> None:
        self.n = n
        self.count = 0
        self.persons: set[int] = set()
        self._writes = files
        self._rng = rng

    @property
    def full(self) -> bool:
        return self.count >= self.n

    def add(self, pid: int, row: Sequence[str]) -> None:
        if self.count >= self.n:
            return
        self._writes[self._rng.randrange(len(self._writes))](f"{pid}\x1f" + "\x1f".join(row) + "\n")
        self.count += 1
        self.persons.add(pid)


@dataclass(slots=True)
class _Facilitator:
    person: Person
    uses: int


class Population:
    """Makes persons and emits their records into a Sink."""

    def __init__(self, rng: random.Random, sink: Sink) -> None:
        self.rng = rng
        self.sink = sink
        self._next_pid = 0
        self._facilitators: list[_Facilitator] = []

    def _pid(self) -> int:
        self._next_pid += 1
        return self._next_pid

    # ---- builders --------------------------------------------------------------------------------
    def bg_surname(self, turk: bool) -> str:
        rng = self.rng
        if turk and rng.random() < 0.85:
            return BG_PATRONYMIC[BG_TURK_MALE.draw(rng)]
        if rng.random() < 0.55:
            return BG_PATRONYMIC[BG_MALE.draw(rng)]
        return BG_OTHER_SURNAMES.draw(rng)

    def bulgarian(
        self,
        *,
        sex: str | None = None,
        birth: date | None = None,
        turk: bool | None = None,
        given: str | None = None,
        father: str | None = None,
        surname: str | None = None,
        patronymic: str | None = None,
    ) -> Person:
        rng = self.rng
        sex = sex or ("M" if rng.random() < 0.78 else "F")
        turk = rng.random() < 0.09 if turk is None else turk
        if given is None:
            pool = (
                (BG_TURK_MALE if turk else BG_MALE) if sex == "M" else (BG_TURK_FEMALE if turk else BG_FEMALE)
            )
            given = pool.draw(rng)
        if patronymic is None:
            father = father or (BG_TURK_MALE if turk and rng.random() < 0.9 else BG_MALE).draw(rng)
            patronymic = BG_PATRONYMIC[father]
            patronymic = patronymic if sex == "M" else bg_female_form(patronymic)
        surname = surname or self.bg_surname(turk)
        birth = birth or birth_at_age(rng, 18, 60)
        p = Person(self._pid(), "bg", sex, birth, "BG", given, patronymic,
                   surname if sex == "M" else bg_female_form(surname))  # fmt: skip
        p.translit = _pick(rng, (("official", 0.8), ("old", 0.08), ("bgn", 0.03), ("fr", 0.03), ("de", 0.04),
                                 ("scholar", 0.02)))  # fmt: skip
        p.egn = make_egn(birth, sex, rng.randrange(1000))
        if turk and rng.random() < 0.3:
            p.alt_nationality = "TR"
        p.docs.append(bg_id_card(rng, birth))
        if rng.random() < 0.35:
            p.docs.append("3" + f"{rng.randrange(10**8):08d}")
        if rng.random() < 0.15:
            p.docs.append(bg_id_card(rng, birth))
        if rng.random() < 0.03:
            p.cnp, p.foreign_cnp = (
                make_cnp(birth, sex, CNP_COUNTIES.draw(rng), rng.randrange(1, 1000), foreign=True),
                True,
            )
        self._contacts(p, "359", "BG", phone=0.7, plate=0.3, abroad="40")
        return p

    def romanian(
        self,
        *,
        sex: str | None = None,
        birth: date | None = None,
        given: str | None = None,
        surname: str | None = None,
        moldovan: bool = False,
    ) -> Person:
        rng = self.rng
        sex = sex or ("M" if rng.random() < 0.78 else "F")
        male, female, surnames = (
            (MD_MALE, MD_FEMALE, MD_SURNAMES) if moldovan else (RO_MALE, RO_FEMALE, RO_SURNAMES)
        )
        pool = male if sex == "M" else female
        if given is None:
            given = pool.draw(rng)
            if rng.random() < (0.06 if moldovan else 0.15):
                second = pool.draw(rng)
                if second != given:
                    given += ("-" if rng.random() < 0.6 else " ") + second
        surname = surname or surnames.draw(rng)
        birth = birth or birth_at_age(rng, 18, 60)
        p = Person(self._pid(), "md" if moldovan else "ro", sex, birth, "MD" if moldovan else "RO", given,
                   RO_MALE.draw(rng)[0], surname)  # fmt: skip
        if sex == "F" and (TODAY - birth).days > 23 * 365 and rng.random() < 0.16:
            maiden = surnames.draw(rng)
            if maiden != surname:
                if rng.random() < 0.25:
                    p.family = f"{surname}-{maiden}"
                else:
                    p.maiden = maiden
        if not moldovan or rng.random() < 0.4:  # Moldovans: many hold Romanian citizenship
            p.cnp = make_cnp(birth, sex, CNP_COUNTIES.draw(rng), rng.randrange(1, 1000))
            p.docs.append(ro_id_card(rng))
            if moldovan:
                p.alt_nationality = "RO"
        elif rng.random() < 0.1:
            p.cnp, p.foreign_cnp = (
                make_cnp(birth, sex, CNP_COUNTIES.draw(rng), rng.randrange(1, 1000), foreign=True),
                True,
            )
        if moldovan:
            p.docs.append(foreign_passport("MD", rng))
        elif rng.random() < 0.35:
            p.docs.append("05" + f"{rng.randrange(10**7):07d}")
        if rng.random() < 0.15:
            p.docs.append(ro_id_card(rng))
        if rng.random() < (0.1 if moldovan else 0.04):
            p.lnch = make_lnch(rng)
        if moldovan:
            self._contacts(p, "373", "RO", phone=0.5, plate=0.08, abroad="40", abroad_p=0.35)
        else:
            self._contacts(p, "40", "RO", phone=0.72, plate=0.32, abroad="359")
        return p

    def _contacts(
        self, p: Person, cc: str, plate_country: str, *, phone: float, plate: float, abroad: str,
        abroad_p: float = 0.05,
    ) -> None:  # fmt: skip
        rng = self.rng
        if rng.random() < phone:
            p.phones.append(mobile(cc, rng))
            if rng.random() < 0.2:
                p.phones.append(mobile(cc, rng))
        if cc in ("40", "359") and rng.random() < 0.06:
            p.phones.append(landline(cc, rng))
        if rng.random() < abroad_p:
            p.phones.append(mobile(abroad, rng))
        if rng.random() < plate:
            p.plates.append(make_plate(plate_country, rng))
            if rng.random() < 0.08:
                p.plates.append(make_plate(plate_country, rng))

    def foreigner(
        self,
        kind: str,
        nat: str,
        culture_name: str,
        alts: Sequence[str] = (),
        *,
        sex: str | None = None,
        birth: date | None = None,
        father: Concept | None = None,
        family: Concept | bool | None = True,
        documented: bool | None = None,
    ) -> Person:
        """A migrant (kind mig), a Turkish or a Ukrainian citizen; family=True draws a family name."""
        rng = self.rng
        culture = CULTURES[culture_name]
        sex = sex or ("F" if rng.random() < {"mig": 0.15, "tr": 0.1, "ua": 0.55}[kind] else "M")
        given = (culture.male if sex == "M" else culture.female).draw(rng)
        father = None if kind == "ua" else father or culture.male.draw(rng)
        if family is True:
            family = None if rng.random() < culture.no_family else culture.family.draw(rng)
        if birth is None:
            birth = birth_at_age(rng, 15, 45, 2, 5) if kind == "mig" else birth_at_age(rng, 18, 55)
        p = Person(self._pid(), kind, sex, birth, nat, given, father, family or None)
        if documented is None:
            documented = rng.random() < {"mig": 0.25 if nat == "AF" else 0.45}.get(kind, 0.95)
        if documented:
            p.docs.append(foreign_passport(nat, rng))
        if documented or rng.random() < 0.5:  # the spelling the person gives or shows every time
            p.spelling = (
                given.spell(rng),
                father.spell(rng) if father else None,
                family.spell(rng) if isinstance(family, Concept) else None,
            )
        if kind == "mig":
            self._migrant_extras(p, documented, alts)
        else:
            p.lnch = make_lnch(rng) if rng.random() < (0.25 if kind == "ua" else 0.06) else None
            if rng.random() < (0.15 if kind == "ua" else 0.06):
                p.cnp, p.foreign_cnp = (
                    make_cnp(birth, sex, CNP_COUNTIES.draw(rng), rng.randrange(1, 1000), foreign=True),
                    True,
                )
            cc = "380" if kind == "ua" else "90"
            plate_country, plate = ("UA", 0.15) if kind == "ua" else ("TR", 0.5)
            self._contacts(p, cc, plate_country, phone=0.8, plate=plate, abroad="359", abroad_p=0.12)
        return p

    def _migrant_extras(self, p: Person, documented: bool, alts: Sequence[str]) -> None:
        rng = self.rng
        if not documented:
            if rng.random() < (0.6 if p.nationality == "AF" else 0.4):
                p.birth = date(p.birth.year, 1, 1)  # the 1 January of undocumented births
            if rng.random() < 0.4:
                shift = _pick(rng, ((0, 0.45), (-1, 0.2), (1, 0.2), (-2, 0.08), (2, 0.07)))
                if shift or p.birth.month != 1 or p.birth.day != 1:
                    p.declared_birth = date(p.birth.year + shift, 1, 1)
        if alts and rng.random() < 0.35:
            p.alt_nationality = rng.choice(alts)
        if rng.random() < 0.3:
            p.lnch = make_lnch(rng)
        if rng.random() < 0.12:
            p.cnp, p.foreign_cnp = (
                make_cnp(p.birth, p.sex, CNP_COUNTIES.draw(rng), rng.randrange(1, 1000), foreign=True),
                True,
            )
        cc = PHONE_CC.get(p.nationality)
        if cc and rng.random() < 0.45:
            p.phones.append(mobile(cc, rng))
        if rng.random() < 0.15:
            p.phones.append(mobile("90", rng))
        if rng.random() < 0.1:
            p.phones.append(mobile("359", rng))

    def migrant(self, nat: str, culture: str, alts: Sequence[str], **kw: object) -> Person:
        return self.foreigner("mig", nat, culture, alts, **kw)  # type: ignore[arg-type]

    # ---- emission ------------------------------------------------------------------------------------
    def emit(self, p: Person, src: str, phone: tuple[str, str] | None, plate: tuple[str, str] | None) -> None:
        self.sink.add(p.pid, render(p, src, phone, plate, self.rng))

    def own_phone(self, p: Person, prob: float = 0.42) -> tuple[str, str] | None:
        rng = self.rng
        if not p.phones or rng.random() >= prob:
            return None
        return p.phones[0] if len(p.phones) == 1 or rng.random() < 0.7 else rng.choice(p.phones[1:])

    def own_plate(self, p: Person, prob: float = 0.3) -> tuple[str, str] | None:
        rng = self.rng
        if not p.plates or rng.random() >= prob:
            return None
        return p.plates[0] if len(p.plates) == 1 or rng.random() < 0.7 else rng.choice(p.plates[1:])

    def sources(self, p: Person, k: int) -> list[str]:
        """The systems that hold the k records of p: mostly home, a share of persons in both."""
        rng = self.rng
        home = _HOME.get(p.kind) or ("BG" if rng.random() < 0.55 else "RO")
        away = "RO" if home == "BG" else "BG"
        if k == 1:
            return [away if rng.random() < _LONE_ABROAD[p.kind] else home]
        if rng.random() >= _CROSS[p.kind]:
            return [home] * k
        out = [away if rng.random() < 0.4 else home for _ in range(k)]
        if away not in out:
            out[rng.randrange(k)] = away
        elif home not in out:
            out[rng.randrange(k)] = home
        return out

    def single(self, p: Person, counts: Sequence[tuple[int, float]] = _RECORDS) -> None:
        phone_p = 0.3 if p.kind == "mig" else 0.42
        k = _pick(self.rng, counts)
        if k >= 6:
            k = self.rng.randint(k, k + k // 2)
        for src in self.sources(p, k):
            self.emit(p, src, self.own_phone(p, phone_p), self.own_plate(p))

    # ---- units -----------------------------------------------------------------------------------
    def unit(self) -> None:
        rng = self.rng
        u = rng.random()
        if u < 0.05:
            self.family()
        elif u < 0.07:
            self.namesakes()
        elif u < 0.105:
            self.migrant_group()
        elif u < 0.155:
            self.single(self.migrant(*MIGRANT_NATIONALITIES.draw(rng)), _MIGRANT_RECORDS)
        else:
            kind = _pick(rng, (("bg", 0.43), ("ro", 0.43), ("tr", 0.04), ("ua", 0.05), ("md", 0.05)))
            if kind == "bg":
                p = self.bulgarian()
            elif kind in ("ro", "md"):
                p = self.romanian(moldovan=kind == "md")
            else:
                p = self.foreigner(kind, kind.upper(), "turk" if kind == "tr" else "ua")
            self.single(p)

    def namesakes(self) -> None:
        """Two unrelated people with one name, often born in the same year."""
        rng = self.rng
        bg = rng.random() < 0.5
        a = self.bulgarian() if bg else self.romanian()
        birth = None
        if rng.random() < 0.6:
            birth = date(a.birth.year, rng.randint(1, 12), rng.randint(1, 28))
        if bg:
            b = self.bulgarian(
                sex=a.sex, birth=birth, given=str(a.given), surname=bg_male_form(str(a.family)),
                patronymic=str(a.middle) if rng.random() < 0.3 else None,
            )  # fmt: skip
        else:
            b = self.romanian(sex=a.sex, birth=birth, given=str(a.given), surname=str(a.family).split("-")[0])
        self.single(a)
        self.single(b)

    def _children_births(self, mother: date) -> list[date]:
        rng = self.rng
        out: list[date] = []
        for _ in range(_pick(rng, ((1, 0.35), (2, 0.45), (3, 0.2)))):
            if out and rng.random() < 0.1:
                out.append(out[-1])  # twins
                continue
            birth = years_later(mother, 20 + rng.random() * 14)
            if birth < TODAY - timedelta(days=8 * 365):
                out.append(birth)
        return out

    def _bg_family(self) -> list[Person]:
        rng = self.rng
        turk = rng.random() < 0.09
        surname = self.bg_surname(turk)
        grandfather = (BG_TURK_MALE if turk else BG_MALE).draw(rng)
        father = self.bulgarian(sex="M", birth=birth_at_age(rng, 30, 40, 2, 2), turk=turk, father=grandfather,
                                surname=surname)  # fmt: skip
        took_name = rng.random() < 0.85
        mother = self.bulgarian(sex="F", birth=years_later(father.birth, rng.uniform(-3, 6)), turk=turk,
                                surname=surname if took_name else None)  # fmt: skip
        if took_name and rng.random() < 0.25:
            mother.maiden = bg_female_form(self.bg_surname(turk))
        members = [father, mother]
        twin_of: Person | None = None
        for birth in self._children_births(mother.birth):
            sex = "M" if rng.random() < 0.5 else "F"
            given = grandfather if sex == "M" and rng.random() < 0.35 else None
            child = self.bulgarian(sex=sex, birth=birth, turk=turk, given=given, father=str(father.given),
                                   surname=surname)  # fmt: skip
            if twin_of and twin_of.birth == birth and twin_of.egn:  # consecutive EGNs of twins
                region = int(twin_of.egn[6:9]) + (2 if sex == twin_of.sex else 1)
                child.egn = make_egn(birth, sex, region)
            twin_of = child
            members.append(child)
        if rng.random() < 0.2:  # the grandfather, whose grandson often bears his full name
            members.append(self.bulgarian(
                sex="M", birth=years_later(father.birth, -rng.uniform(22, 35)), turk=turk, given=grandfather,
                father=str(father.given) if rng.random() < 0.3 else None, surname=surname,
            ))  # fmt: skip
        return members

    def _ro_family(self) -> list[Person]:
        rng = self.rng
        surname = RO_SURNAMES.draw(rng)
        father = self.romanian(sex="M", birth=birth_at_age(rng, 30, 40, 2, 2), surname=surname)
        took_name = rng.random() < 0.85
        mother = self.romanian(sex="F", birth=years_later(father.birth, rng.uniform(-3, 6)),
                               surname=surname if took_name else None)  # fmt: skip
        if took_name and not mother.maiden and rng.random() < 0.25:
            mother.maiden = RO_SURNAMES.draw(rng)
        members = [father, mother]
        twin_of: Person | None = None
        for birth in self._children_births(mother.birth):
            sex = "M" if rng.random() < 0.5 else "F"
            given = str(father.given) if sex == "M" and rng.random() < 0.12 else None
            child = self.romanian(sex=sex, birth=birth, given=given, surname=surname)
            if twin_of and twin_of.birth == birth and twin_of.cnp:  # consecutive serials of twins
                serial = int(twin_of.cnp[9:12]) % 998 + 1
                child.cnp = make_cnp(birth, sex, int(twin_of.cnp[7:9]), serial)
            twin_of = child
            members.append(child)
        return members

    def family(self) -> None:
        """Relatives: shared surname, phone, car and home, yet distinct people; some trips together."""
        rng = self.rng
        bg = rng.random() < 0.5
        members = self._bg_family() if bg else self._ro_family()
        appear = rng.sample(members, min(len(members), _pick(rng, ((2, 0.55), (3, 0.3), (4, 0.15)))))
        head = members[0]
        shared_phone = head.phones[0] if head.phones and rng.random() < 0.6 else None
        if shared_phone is None and rng.random() < 0.3:
            shared_phone = landline("359" if bg else "40", rng)
        car = head.plates[0] if head.plates else None
        for m in appear:
            if m is not head:
                if shared_phone and rng.random() < 0.5:
                    m.phones.insert(0, shared_phone)
                if car and rng.random() < 0.4:
                    m.plates.append(car)
            other = rng.choice([x for x in members if x is not m])
            m.relative_id = other.egn if bg else other.cnp
        home = "BG" if bg else "RO"
        away = "RO" if bg else "BG"
        recorded: set[int] = set()
        for _ in range(_pick(rng, ((0, 0.3), (1, 0.4), (2, 0.2), (3, 0.1)))):
            src = home if rng.random() < 0.6 else away
            group = [m for m in appear if rng.random() < 0.75]
            group = group if len(group) >= 2 else rng.sample(appear, 2)
            plate = car if car and rng.random() < 0.6 else None
            for m in group:
                phone = shared_phone if shared_phone and rng.random() < 0.35 else self.own_phone(m, 0.15)
                self.emit(m, src, phone, plate)
                recorded.add(m.pid)
        for m in appear:
            k = _pick(rng, _FAMILY_EXTRA) or (0 if m.pid in recorded else 1)
            for src in self.sources(m, k) if k else ():
                self.emit(m, src, self.own_phone(m), self.own_plate(m))

    def migrant_family(self, nat: str, culture_name: str, alts: Sequence[str]) -> list[Person]:
        """Brothers (same father's and family name, maybe twins) or a father with his children."""
        rng = self.rng
        culture = CULTURES[culture_name]
        family = None if rng.random() < culture.no_family else culture.family.draw(rng)
        documented = rng.random() < 0.4
        n = _pick(rng, ((2, 0.5), (3, 0.3), (4, 0.2)))
        if rng.random() < 0.5:
            father = culture.male.draw(rng)
            first = birth_at_age(rng, 15, 30, 2, 3)
            births = [
                first if rng.random() < 0.15 else years_later(first, rng.uniform(-8, 8)) for _ in range(n)
            ]
            if not documented:
                births = [date(b.year, 1, 1) if rng.random() < 0.6 else b for b in births]
            return [self.migrant(nat, culture_name, alts, father=father, family=family, birth=b,
                                 documented=documented) for b in births]  # fmt: skip
        parent = self.migrant(nat, culture_name, alts, sex="M", family=family, documented=documented,
                              birth=birth_at_age(rng, 30, 25, 2, 2))  # fmt: skip
        assert isinstance(parent.given, Concept)
        kids = [
            self.migrant(nat, culture_name, alts, father=parent.given, family=family, documented=documented,
                         sex="M" if rng.random() < 0.6 else "F", birth=birth_at_age(rng, 2, 16, 1.5, 1.5))
            for _ in range(n - 1)
        ]  # fmt: skip
        return [parent, *kids]

    def facilitator(self) -> Person:
        """A driver or organiser from a bounded pool of repeat offenders."""
        rng = self.rng
        pool = self._facilitators
        if len(pool) >= 40 and rng.random() < 0.75:
            i = rng.randrange(len(pool))
        else:
            kind = _pick(rng, (("bg", 0.4), ("ro", 0.35), ("tr", 0.2), ("ua", 0.05)))
            if kind == "bg":
                p = self.bulgarian(sex="M")
            elif kind == "ro":
                p = self.romanian(sex="M")
            else:
                p = self.foreigner(kind, kind.upper(), "turk" if kind == "tr" else "ua", sex="M")
            cc = {"bg": "359", "ro": "40", "tr": "90", "ua": "380"}[kind]
            p.phones.extend(mobile(cc, rng) for _ in range(rng.randint(1, 3)))  # prepaid phones
            p.plates.extend(make_plate(rng.choice(("BG", "RO", "TR")), rng) for _ in range(rng.randint(1, 3)))
            pool.append(_Facilitator(p, 1 + min(13, int(rng.expovariate(1 / 3)))))
            i = len(pool) - 1
            if rng.random() < 0.5:
                self.single(p)  # stopped for other reasons too
        entry = pool[i]
        entry.uses -= 1
        if entry.uses <= 0:
            pool[i] = pool[-1]
            pool.pop()
        return entry.person

    def migrant_group(self) -> None:
        """A group crossing together: shared phone, vehicle and drivers; recorded in one or both countries."""
        rng = self.rng
        size = min(30, 2 + int(rng.expovariate(1 / 6)))
        nat, culture, alts = MIGRANT_NATIONALITIES.draw(rng)
        members: list[Person] = []
        while len(members) < size:
            if size - len(members) >= 2 and rng.random() < 0.25:
                members.extend(self.migrant_family(nat, culture, alts))
            else:
                own = (nat, culture, alts) if rng.random() < 0.8 else MIGRANT_NATIONALITIES.draw(rng)
                members.append(self.migrant(*own))
        organiser = self.facilitator() if rng.random() < 0.6 else None
        u = rng.random()
        group_phone = None
        if organiser and organiser.phones and u < 0.45:
            group_phone = rng.choice(organiser.phones)
        elif u < 0.7:
            group_phone = mobile(rng.choice(("90", "359", "359", "40", "963", "93")), rng)
        src = "BG" if rng.random() < 0.65 else "RO"
        for e in range(_pick(rng, ((1, 0.4), (2, 0.35), (3, 0.17), (4, 0.08)))):
            if e and rng.random() < 0.6:
                src = "RO" if src == "BG" else "BG"
            driver, plate = None, None
            if rng.random() < 0.55:
                if rng.random() < 0.6:
                    driver = organiser if organiser and rng.random() < 0.4 else self.facilitator()
                if driver and driver.plates and rng.random() < 0.7:
                    plate = rng.choice(driver.plates)
                else:
                    plate = make_plate(
                        _pick(rng, (("BG", 0.45), ("RO", 0.3), ("TR", 0.15), ("UA", 0.1))), rng
                    )
            present = [m for m in members if rng.random() < 0.85] or [rng.choice(members)]
            for m in present:
                phone = group_phone if group_phone and rng.random() < 0.35 else self.own_phone(m, 0.2)
                self.emit(m, src, phone, plate if plate and rng.random() < 0.5 else None)
            if driver:
                self.emit(driver, src, self.own_phone(driver, 0.6), plate)


# --------------------------------------------------------------------------------------------------
# Output.
# --------------------------------------------------------------------------------------------------
_MASK40 = (1 << 40) - 1


def record_id(i: int, key: int) -> str:
    """A bijection of the output position on 40 bits: unique, unordered-looking, person-free."""
    x = (i ^ key) & _MASK40
    x = (x * 0x9E3779B97F) & _MASK40
    x ^= x >> 19
    x = (x * 0xBF58476D1D) & _MASK40
    x ^= x >> 17
    return f"r{x:010x}"


def generate(n: int, out: Path, truth: Path, seed: int) -> int:
    """Write n records and their truth; returns the number of persons with at least one record."""
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    truth.parent.mkdir(parents=True, exist_ok=True)
    buckets = max(1, min(256, n // 20_000 + 1))
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".generate_c-") as tmp:
        parts = [Path(tmp) / f"{i}.part" for i in range(buckets)]
        with ExitStack() as stack:
            files = [stack.enter_context(part.open("w", encoding="utf-8")) for part in parts]
            sink = Sink(n, [f.write for f in files], rng)
            population = Population(rng, sink)
            while not sink.full:
                population.unit()
        persons = len(sink.persons)
        del sink, population
        key = random.Random(seed ^ 0x5EED).getrandbits(40)
        position = 0
        with (
            out.open("w", encoding="utf-8", newline="") as fo,
            truth.open("w", encoding="utf-8", newline="") as ft,
        ):
            records, links = csv.writer(fo, lineterminator="\n"), csv.writer(ft, lineterminator="\n")
            records.writerow(HEADER)
            links.writerow(("record_id", "person_id"))
            for part in parts:
                lines = part.read_text(encoding="utf-8").splitlines()
                rng.shuffle(lines)
                for line in lines:
                    pid, *fields = line.split("\x1f")
                    rid = record_id(position, key)
                    position += 1
                    records.writerow((rid, *fields))
                    links.writerow((rid, f"P{pid}"))
                part.unlink()
    return persons


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="number of records")
    parser.add_argument("out", type=Path, help="records CSV")
    parser.add_argument("--truth", type=Path, help="record_id,person_id CSV (default: OUT stem + .truth.csv)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    truth = args.truth or args.out.with_name(args.out.stem + ".truth.csv")
    started = time.perf_counter()
    persons = generate(args.n, args.out, truth, args.seed)
    elapsed = time.perf_counter() - started
    print(
        f"{args.n} records of {persons} persons -> {args.out} + {truth} in {elapsed:.1f} s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
