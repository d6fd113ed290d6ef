"""Seeded generator of RO/BG person records with known truth, for developing and benchmarking linkage.

Each real person is seen 1..5 times by the Romanian and/or Bulgarian system. Records vary the way
officers write them: Bulgarian names in Cyrillic or in one of five Latin styles (official 2009,
Romanian, French, German, English-historic), Romanian diacritics with comma, cedilla or none,
Romanian names in Bulgarian Cyrillic, Arabic/Persian/Turkish names in competing spellings, given and
family swapped, patronymic used as family name, typing and OCR errors, mistyped identifiers, phones
in national and international writings, plates in Cyrillic and Latin. Hard negatives: common names
(Zipf), fathers and sons (son's patronymic from the father's given name), twins (same birth date and
family), spouses (female surname form, shared car and phone).

Styles change the proportions so a model is not tuned to a single generator:
  balanced  the default mix
  messy     twice the typos, more swaps, more missing identifiers
  sparse    few identifiers and phones: names and dates must carry the decision
  mixed     each person drawn from one of the above

Usage: python benchmarks/linkage/generate.py N OUT.csv [--truth TRUTH.csv] [--seed 1] [--style mixed]
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from stdnum.bg import egn as stdnum_egn
from stdnum.bg import pnf as stdnum_pnf
from stdnum.ro import cnp as stdnum_cnp

from jointdesk.engines.linkage.csvio import INPUT_COLUMNS

# ----------------------------------------------------------------------------------------- names
BG_MALE = [
    ("Иван", "Иванов"),
    ("Георги", "Георгиев"),
    ("Димитър", "Димитров"),
    ("Петър", "Петров"),
    ("Христо", "Христов"),
    ("Тодор", "Тодоров"),
    ("Николай", "Николаев"),
    ("Стефан", "Стефанов"),
    ("Йордан", "Йорданов"),
    ("Васил", "Василев"),
    ("Стоян", "Стоянов"),
    ("Атанас", "Атанасов"),
    ("Красимир", "Красимиров"),
    ("Цветан", "Цветанов"),
    ("Живко", "Живков"),
    ("Александър", "Александров"),
    ("Борис", "Борисов"),
    ("Любомир", "Любомиров"),
    ("Пламен", "Пламенов"),
    ("Росен", "Росенов"),
    ("Чавдар", "Чавдаров"),
    ("Емил", "Емилов"),
    ("Веселин", "Веселинов"),
    ("Младен", "Младенов"),
    ("Огнян", "Огнянов"),
    ("Явор", "Яворов"),
    ("Калоян", "Калоянов"),
    ("Мартин", "Мартинов"),
    ("Кирил", "Кирилов"),
    ("Желязко", "Желязков"),
    ("Ангел", "Ангелов"),
    ("Илия", "Илиев"),
    ("Симеон", "Симеонов"),
    ("Радослав", "Радославов"),
    ("Станислав", "Станиславов"),
    ("Валентин", "Валентинов"),
    ("Благой", "Благоев"),
    ("Здравко", "Здравков"),
    ("Добромир", "Добромиров"),
    ("Жельо", "Желев"),
]
BG_FEMALE = [
    "Мария",
    "Иванка",
    "Елена",
    "Йорданка",
    "Пенка",
    "Даниела",
    "Цветелина",
    "Юлия",
    "Надежда",
    "Росица",
    "Снежана",
    "Десислава",
    "Гергана",
    "Виктория",
    "Силвия",
    "Невена",
    "Красимира",
    "Радка",
    "Веселина",
    "Теодора",
    "Галина",
    "Стефка",
    "Величка",
    "Анелия",
    "Мариана",
    "Сияна",
    "Жасмина",
    "Щилияна",
    "Цонка",
    "Христина",
]
BG_FAMILY = [
    "Иванов",
    "Георгиев",
    "Димитров",
    "Петров",
    "Николов",
    "Христов",
    "Стоянов",
    "Тодоров",
    "Илиев",
    "Атанасов",
    "Ангелов",
    "Йорданов",
    "Живков",
    "Щерев",
    "Желязков",
    "Колев",
    "Маринов",
    "Цветков",
    "Попов",
    "Василев",
    "Стефанов",
    "Костов",
    "Михайлов",
    "Кирилов",
    "Радев",
    "Янков",
    "Пенев",
    "Добрев",
    "Симеонов",
    "Чакъров",
    "Гочев",
    "Шопов",
    "Бъчваров",
    "Хаджиев",
    "Цанков",
    "Мутафчиев",
    "Стойчев",
    "Ковачев",
    "Тошев",
    "Жеков",
    "Груев",
    "Щилиянов",
    "Вълчев",
    "Бояджиев",
    "Кючуков",
    "Чолаков",
    "Дочев",
    "Юруков",
    "Хрисимов",
    "Първанов",
    "Славейковски",
    "Вазовски",
    "Камбуров",
    "Терзиев",
    "Калчев",
]
RO_MALE = [
    "Ion",
    "Gheorghe",
    "Vasile",
    "Constantin",
    "Ștefan",
    "Mihai",
    "Andrei",
    "Alexandru",
    "Florin",
    "Marius",
    "Cristian",
    "Adrian",
    "Nicolae",
    "Dumitru",
    "Ionuț",
    "Răzvan",
    "Bogdan",
    "Cătălin",
    "Sorin",
    "Costel",
    "Gigel",
    "Petru",
    "Radu",
    "Tudor",
    "Ciprian",
    "Lucian",
    "Viorel",
    "Mircea",
    "Ovidiu",
    "Horațiu",
]
RO_FEMALE = [
    "Maria",
    "Elena",
    "Ana",
    "Ioana",
    "Andreea",
    "Mihaela",
    "Cristina",
    "Daniela",
    "Gabriela",
    "Alexandra",
    "Ana-Maria",
    "Florentina",
    "Simona",
    "Georgiana",
    "Nicoleta",
    "Ramona",
    "Alina",
    "Larisa",
    "Roxana",
    "Iuliana",
    "Ștefania",
    "Mădălina",
    "Alexandrina",
    "Petronela",
    "Luminița",
]
RO_FAMILY = [
    "Popescu",
    "Ionescu",
    "Popa",
    "Pop",
    "Radu",
    "Dumitru",
    "Stan",
    "Stoica",
    "Gheorghe",
    "Matei",
    "Ciobanu",
    "Constantin",
    "Mocanu",
    "Ștefan",
    "Nițu",
    "Țurcanu",
    "Șerban",
    "Munteanu",
    "Lungu",
    "Dinu",
    "Bălan",
    "Oprea",
    "Vlad",
    "Rusu",
    "Mihăilă",
    "Neagu",
    "Toma",
    "Sârbu",
    "Cristea",
    "Tănase",
    "Dobre",
    "Pârvu",
    "Ene",
    "Nistor",
    "Florea",
    "Ursu",
    "Dragomir",
    "Căpraru",
    "Zamfir",
    "Lazăr",
    "Țăranu",
    "Cioroianu",
    "Georgescu",
    "Dumitrescu",
    "Văduva",
    "Ghiță",
    "Cozma",
    "Manole",
    "Chiriac",
    "Barbu",
]
TCN_MALE = [
    ["Mohammed", "Muhammad", "Mohamed", "Mohamad", "Muhammed"],
    ["Ahmed", "Ahmad", "Ahmet"],
    ["Hussein", "Husein", "Hussain", "Husain", "Huseyin"],
    ["Ali"],
    ["Omar", "Umar", "Omer"],
    ["Mahmoud", "Mahmud", "Mahmood"],
    ["Yusuf", "Youssef", "Yousef", "Yousif"],
    ["Abdullah", "Abdallah", "Abdulla"],
    ["Khaled", "Khalid", "Halid"],
    ["Mustafa", "Moustafa", "Mostafa"],
    ["Hamid", "Hameed"],
    ["Karim", "Kareem"],
    ["Reza", "Riza"],
    ["Mehmet", "Mehmed"],
    ["Bilal"],
    ["Ibrahim", "Ebrahim", "Ibraheem"],
    ["Hassan", "Hasan"],
    ["Jamal", "Gamal", "Djamal"],
    ["Sayed", "Said", "Sayyid"],
    ["Farid", "Fareed"],
]
TCN_FEMALE = [
    ["Fatima", "Fatma", "Fatemeh"],
    ["Aisha", "Ayesha", "Aysha"],
    ["Zainab", "Zeynep", "Zaynab"],
    ["Maryam", "Mariam", "Meryem"],
    ["Leila", "Layla", "Leyla"],
    ["Nour", "Noor", "Nur"],
    ["Khadija", "Hatice", "Khadijah"],
    ["Amina", "Emine", "Aminah"],
]
TCN_FAMILY = [
    ["Al-Hassan", "Al Hasan", "Alhassan", "El-Hassan"],
    ["Khan"],
    ["Hussaini", "Husseini"],
    ["Rahimi", "Rakhimi"],
    ["Ahmadi", "Akhmadi"],
    ["Yilmaz", "Yılmaz"],
    ["Kaya"],
    ["Haddad", "Hadad"],
    ["Nasser", "Naser", "Nasir"],
    ["Karimi", "Kareemi"],
    ["Hosseini", "Husseini", "Hoseini"],
    ["Mohammadi", "Muhammadi", "Mohamadi"],
    ["Qureshi", "Kureshi", "Quraishi"],
    ["Abbasi", "Abassi"],
    ["Sultani", "Soltani"],
    ["Nazari"],
    ["Haidari", "Haydari", "Heidari"],
    ["Rasuli", "Rasouli"],
    ["Demir"],
    ["Celik", "Çelik"],
    ["Al-Khatib", "Alkhatib", "El Khatib"],
    ["Osmani", "Usmani"],
]
TCN_NATS = ["SY", "AF", "IQ", "TR", "IR", "PK", "MA"]

# ----------------------------------------------------------------------------- transliteration
OFFICIAL = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
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
    "х": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sht",
    "ъ": "a",
    "ь": "y",
    "ю": "yu",
    "я": "ya",
}
STYLE_OVERRIDES = {
    "official": {},
    "romanian": {
        "ж": "j",
        "ш": "ș",
        "щ": "șt",
        "ч": "ci",
        "ц": "ț",
        "ъ": "ă",
        "й": "i",
        "ю": "iu",
        "я": "ia",
        "х": "h",
    },
    "romanian_plain": {
        "ж": "j",
        "ш": "s",
        "щ": "st",
        "ч": "ci",
        "ц": "t",
        "ъ": "a",
        "й": "i",
        "ю": "iu",
        "я": "ia",
    },
    "french": {
        "ж": "j",
        "ш": "ch",
        "ч": "tch",
        "щ": "cht",
        "у": "ou",
        "х": "kh",
        "й": "i",
        "ю": "iou",
        "я": "ia",
    },
    "german": {
        "в": "w",
        "ж": "sch",
        "ч": "tsch",
        "ц": "z",
        "ш": "sch",
        "щ": "scht",
        "й": "j",
        "ю": "ju",
        "я": "ja",
        "х": "ch",
        "с": "s",
    },
    "english": {"х": "kh", "ж": "zh", "й": "y", "ю": "yu", "я": "ya", "ъ": "u"},
}
LAT_TO_CYR = [
    ("ghe", "ге"),
    ("ghi", "ги"),
    ("che", "ке"),
    ("chi", "ки"),
    ("ce", "че"),
    ("ci", "чи"),
    ("ge", "дже"),
    ("gi", "джи"),
    ("ș", "ш"),
    ("ş", "ш"),
    ("ț", "ц"),
    ("ţ", "ц"),
    ("ă", "ъ"),
    ("â", "ъ"),
    ("î", "ъ"),
    ("sh", "ш"),
    ("kh", "х"),
    ("j", "ж"),
    ("a", "а"),
    ("b", "б"),
    ("c", "к"),
    ("d", "д"),
    ("e", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("h", "х"),
    ("i", "и"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("q", "к"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("v", "в"),
    ("w", "у"),
    ("x", "кс"),
    ("y", "й"),
    ("z", "з"),
    ("ı", "ъ"),
    ("ç", "ч"),
]
PLATE_HOMO = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
PLAIN = str.maketrans("ăâîșțşţĂÂÎȘȚŞŢ", "aaistrtAAISTST".replace("r", "s"))


def bg_to_latin(text: str, style: str) -> str:
    table = {**OFFICIAL, **STYLE_OVERRIDES[style]}
    out = []
    low = text.lower()
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "и" and nxt == "я" and (i + 2 == len(low) or not low[i + 2].isalpha()):
            out.append("i")
            continue
        if ch == "я" and i > 0 and low[i - 1] == "и" and (i + 1 == len(low) or not low[i + 1].isalpha()):
            out.append("a")
            continue
        if ch == "г" and nxt in "еи" and style in ("romanian", "romanian_plain"):
            out.append("gh")
            continue
        if ch == "г" and nxt in "еи" and style == "french":
            out.append("gu")
            continue
        if ch == "ч" and nxt in "еи" and style in ("romanian", "romanian_plain"):
            out.append("c")
            continue
        piece = table.get(ch, ch)
        if style == "german" and ch == "в" and i >= len(low) - 1:
            piece = "w"
        out.append(piece)
    word = "".join(out)
    if style == "english" and word.endswith(("ov", "ev")):
        word = word + "" if random.random() < 0.5 else word[:-1] + "ff"
    if style == "german" and word.endswith(("ov", "ev")):
        word = word[:-1] + "w"
    return "-".join(part.capitalize() for part in word.split("-"))


def latin_to_cyr(text: str) -> str:
    low = text.lower()
    out, i = [], 0
    while i < len(low):
        for src, dst in LAT_TO_CYR:
            if low.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out).title()


# ----------------------------------------------------------------------------------- people
@dataclass
class Person:
    pid: int
    kind: str  # BG, RO, TCN
    sex: str
    given: str
    middle: str
    family: str
    dob: date
    nid: str
    doc: str
    phone: str
    plate: str
    nat: str
    variants: list[str] = field(default_factory=list)  # TCN alternative spellings of given
    fam_variants: list[str] = field(default_factory=list)
    style: str = "balanced"


def zipf_choice(rng: random.Random, items: list[object], s: float = 1.0) -> object:
    weights = [1.0 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def female_form(family_cyr: str) -> str:
    if family_cyr.endswith(("ов", "ев", "ин")):
        return family_cyr + "а"
    if family_cyr.endswith("ски"):
        return family_cyr[:-1] + "а"
    return family_cyr


def make_egn(rng: random.Random, dob: date, sex: str) -> str:
    month = dob.month + (40 if dob.year >= 2000 else 0)
    region = rng.randrange(0, 99)
    sex_digit = rng.choice([0, 2, 4, 6, 8]) if sex == "M" else rng.choice([1, 3, 5, 7, 9])
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{region:02d}{sex_digit}"
    return body + stdnum_egn.calc_check_digit(body)


def make_cnp(rng: random.Random, dob: date, sex: str) -> str:
    first = (1 if sex == "M" else 2) if dob.year < 2000 else (5 if sex == "M" else 6)
    county = rng.randrange(1, 47)
    body = f"{first}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{county:02d}{rng.randrange(1, 999):03d}"
    return body + stdnum_cnp.calc_check_digit(body)


def make_lnch(rng: random.Random) -> str:
    body = f"{rng.randrange(10**8, 10**9)}"
    return body + stdnum_pnf.calc_check_digit(body)


def make_phone(rng: random.Random, country: str) -> str:
    if country == "BG":
        return f"+359{rng.choice(['87', '88', '89', '98'])}{rng.randrange(10**6, 10**7)}"
    return f"+407{rng.choice('2345678')}{rng.randrange(10**6, 10**7)}"


RO_COUNTIES = ["B", "CT", "CJ", "TM", "IS", "DJ", "GR", "TR", "CL", "BR", "GL", "VL", "AG", "PH", "BV"]
BG_PROVINCES = ["СА", "СВ", "В", "А", "РВ", "Р", "ВТ", "ЕН", "Х", "СТ", "ТХ", "РР"]


def make_plate(rng: random.Random, country: str) -> str:
    if country == "BG":
        letters = "АВКМНРСТХ"
        return (
            f"{rng.choice(BG_PROVINCES)}{rng.randrange(1000, 9999)}{rng.choice(letters)}{rng.choice(letters)}"
        )
    third = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{rng.choice(RO_COUNTIES)}{rng.randrange(10, 99)}{''.join(rng.choice(third) for _ in range(3))}"


def make_doc(rng: random.Random, kind: str) -> str:
    if kind == "BG":
        return f"{rng.randrange(6 * 10**8, 7 * 10**8)}"
    if kind == "RO":
        return f"{rng.choice(['RX', 'RT', 'KZ', 'XB', 'DP', 'SV', 'IF'])}{rng.randrange(100000, 999999)}"
    return f"{rng.choice('NPRK')}{rng.randrange(10**6, 10**7)}"


def random_dob(rng: random.Random) -> date:
    return date(1945, 1, 1) + timedelta(days=rng.randrange(0, 365 * 60))


class World:
    def __init__(self, seed: int, style: str) -> None:
        self.rng = random.Random(seed)
        self.style = style
        self.people: list[Person] = []
        self.used_nids: set[str] = set()

    def _unique(self, make: object) -> str:
        while True:
            value = make()  # type: ignore[operator]
            if value not in self.used_nids:
                self.used_nids.add(value)
                return str(value)

    def _style(self) -> str:
        if self.style != "mixed":
            return self.style
        return self.rng.choices(["balanced", "messy", "sparse"], weights=[0.5, 0.3, 0.2])[0]

    def person(self, kind: str | None = None, sex: str | None = None, **fixed: object) -> Person:
        rng = self.rng
        kind = kind or rng.choices(["BG", "RO", "TCN"], weights=[0.45, 0.4, 0.15])[0]
        sex = sex or rng.choice("MF")
        dob = fixed.get("dob") or random_dob(rng)  # type: ignore[assignment]
        variants: list[str] = []
        fam_variants: list[str] = []
        if kind == "BG":
            if sex == "M":
                given = str(fixed.get("given") or zipf_choice(rng, BG_MALE, 0.9)[0])  # type: ignore[index]
            else:
                given = str(fixed.get("given") or zipf_choice(rng, BG_FEMALE, 0.9))
            father = fixed.get("father_given") or zipf_choice(rng, BG_MALE, 0.8)[0]  # type: ignore[index]
            patr = next(p for g, p in BG_MALE if g == father)
            fam = str(fixed.get("family_m") or zipf_choice(rng, BG_FAMILY, 0.9))
            middle = patr if sex == "M" else female_form(patr)
            family = fam if sex == "M" else female_form(fam)
            nid = self._unique(lambda: make_egn(rng, dob, sex))
            nat, home = "BG", "BG"
        elif kind == "RO":
            given = str(fixed.get("given") or zipf_choice(rng, RO_MALE if sex == "M" else RO_FEMALE, 0.9))
            middle = ""
            family = str(fixed.get("family_m") or zipf_choice(rng, RO_FAMILY, 0.9))
            nid = self._unique(lambda: make_cnp(rng, dob, sex))
            nat, home = "RO", "RO"
        else:
            variants = list(zipf_choice(rng, TCN_MALE if sex == "M" else TCN_FEMALE, 0.8))  # type: ignore[arg-type]
            fam_variants = list(fixed.get("fam_variants") or zipf_choice(rng, TCN_FAMILY, 0.7))  # type: ignore[arg-type]
            given, family = variants[0], fam_variants[0]
            middle = rng.choice(TCN_MALE)[0] if rng.random() < 0.3 else ""
            nid = self._unique(lambda: make_lnch(rng))
            nat = str(rng.choice(TCN_NATS))
            home = rng.choice(["BG", "RO"])
        p = Person(
            len(self.people),
            kind,
            sex,
            given,
            middle,
            family,
            dob,
            nid,
            make_doc(rng, kind),
            str(fixed.get("phone") or make_phone(rng, home)),
            str(fixed.get("plate") or make_plate(rng, home)),
            nat,
            variants,
            fam_variants,
            self._style(),
        )
        self.people.append(p)
        return p

    def relatives(self, p: Person) -> list[Person]:
        """Hard negatives around p: son, twin, spouse (relatives share family, car, phone)."""
        rng = self.rng
        out: list[Person] = []
        r = rng.random()
        share = {
            "plate": p.plate if rng.random() < 0.5 else None,
            "phone": p.phone if rng.random() < 0.2 else None,
        }
        if p.kind == "BG":
            fam_m = p.family if p.sex == "M" else (p.family[:-1] if p.family.endswith("а") else p.family)
            if r < 0.4 and p.sex == "M" and p.dob.year < 1985:
                son_dob = p.dob + timedelta(days=rng.randrange(365 * 20, 365 * 35))
                out.append(self.person("BG", "M", dob=son_dob, father_given=p.given, family_m=fam_m, **share))
            elif r < 0.7:
                twin_sex = rng.choice("MF")
                names = [g for g, _ in BG_MALE] if twin_sex == "M" else BG_FEMALE
                twin_given = rng.choice([g for g in names if g != p.given])
                out.append(
                    self.person(
                        "BG",
                        twin_sex,
                        dob=p.dob,
                        family_m=fam_m,
                        given=twin_given,
                        father_given=_father_of(p),
                        **share,
                    )
                )
            else:
                out.append(
                    self.person(
                        "BG",
                        "F" if p.sex == "M" else "M",
                        family_m=fam_m,
                        dob=p.dob + timedelta(days=rng.randrange(-2000, 2000)),
                        **share,
                    )
                )
        elif p.kind == "RO":
            if r < 0.5:
                twin_sex = rng.choice("MF")
                twin_given = rng.choice(
                    [g for g in (RO_MALE if twin_sex == "M" else RO_FEMALE) if g != p.given]
                )
                out.append(
                    self.person("RO", twin_sex, dob=p.dob, family_m=p.family, given=twin_given, **share)
                )
            else:
                out.append(
                    self.person(
                        "RO",
                        rng.choice("MF"),
                        family_m=p.family,
                        dob=p.dob + timedelta(days=rng.randrange(365 * 20, 365 * 30)),
                        **share,
                    )
                )
        else:
            out.append(
                self.person(
                    "TCN",
                    rng.choice("MF"),
                    fam_variants=p.fam_variants,
                    dob=p.dob + timedelta(days=rng.randrange(-4000, 4000)),
                    **share,
                )
            )
        return out


def _father_of(p: Person) -> str:
    for given, patr in BG_MALE:
        if p.middle in (patr, female_form(patr)):
            return given
    return BG_MALE[0][0]


# ----------------------------------------------------------------------------------- records
STYLE_RATES = {
    #             typo  swap  nid   phone  doc   plate  dob_miss  nid_typo  patr_as_family
    "balanced": (0.06, 0.02, 0.65, 0.45, 0.45, 0.25, 0.03, 0.03, 0.08),
    "messy": (0.14, 0.05, 0.45, 0.35, 0.35, 0.25, 0.08, 0.07, 0.12),
    "sparse": (0.05, 0.02, 0.12, 0.12, 0.15, 0.12, 0.04, 0.03, 0.06),
}
OCR = {"o": "0", "0": "o", "l": "1", "1": "l", "m": "rn", "e": "c", "i": "l", "u": "v", "n": "h", "b": "h"}


def typo(rng: random.Random, text: str) -> str:
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text))
    op = rng.random()
    if op < 0.3:
        return text[:i] + text[i + 1 :]
    if op < 0.55 and i < len(text) - 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if op < 0.75:
        ch = text[i].lower()
        return text[:i] + OCR.get(ch, ch + ch) + text[i + 1 :]
    alphabet = (
        "абвгдежзиклмнопрстуфхцчшщъюя"
        if any("а" <= c <= "я" for c in text.lower())
        else "abcdefghiklmnoprstuvz"
    )
    return text[:i] + rng.choice(alphabet) + text[i + 1 :]


def id_typo(rng: random.Random, value: str) -> str:
    digits = list(value)
    i = rng.randrange(0, len(digits) - 1)
    if rng.random() < 0.5:
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
    else:
        digits[i] = str((int(digits[i]) + rng.randrange(1, 9)) % 10) if digits[i].isdigit() else digits[i]
    return "".join(digits)


def phone_writing(rng: random.Random, e164: str, source: str) -> str:
    cc = "359" if e164.startswith("+359") else "40"
    nsn = e164[1 + len(cc) :]
    local = source == ("BG" if cc == "359" else "RO")
    r = rng.random()
    if local and r < 0.5:
        nat = "0" + nsn
        return f"{nat[:4]} {nat[4:7]} {nat[7:]}" if rng.random() < 0.5 else nat
    if r < 0.75:
        return f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if r < 0.9:
        return f"00{cc}{nsn}"
    return e164


def plate_writing(rng: random.Random, plate: str, source: str) -> str:
    latin = plate.translate(str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX"))
    cyr = latin.translate(PLATE_HOMO) if any(c in "АВЕКМНОРСТУХ" for c in plate) else latin
    base = cyr if (source == "BG" and rng.random() < 0.7) else latin
    m = [i for i in range(1, len(base)) if base[i].isdigit() != base[i - 1].isdigit()]
    r = rng.random()
    if r < 0.4 and m:
        parts, last = [], 0
        for cut in m:
            parts.append(base[last:cut])
            last = cut
        parts.append(base[last:])
        return (" " if rng.random() < 0.7 else "-").join(parts)
    return base


def ro_diacritics(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.5:
        return text
    if r < 0.7:
        return text.translate(CEDILLA)
    return text.translate(PLAIN)


def render_name(rng: random.Random, p: Person, source: str, typo_rate: float) -> tuple[str, str, str]:
    given, middle, family = p.given, p.middle, p.family
    if p.kind == "BG":
        if source == "BG" and rng.random() < 0.93:
            pass  # Cyrillic as in the Bulgarian register
        else:
            style = rng.choices(
                ["official", "romanian", "romanian_plain", "french", "german", "english"],
                weights=[0.45, 0.2, 0.15, 0.08, 0.05, 0.07],
            )[0]
            given, middle, family = (bg_to_latin(x, style) if x else "" for x in (given, middle, family))
        if source == "RO" and rng.random() < 0.6:
            middle = ""
    elif p.kind == "RO":
        if source == "RO":
            given, family = ro_diacritics(rng, given), ro_diacritics(rng, family)
        elif rng.random() < 0.35:
            given, family = latin_to_cyr(given), latin_to_cyr(family)
        else:
            given, family = given.translate(PLAIN), family.translate(PLAIN)
        if rng.random() < 0.05:
            middle = rng.choice("ABCDGIMNPRSTV") + "."
    else:
        given = rng.choice(p.variants)
        family = rng.choice(p.fam_variants)
        if source == "BG" and rng.random() < 0.4:
            given, family = latin_to_cyr(given), latin_to_cyr(family)
            middle = latin_to_cyr(middle) if middle else ""
        if rng.random() < 0.5:
            middle = ""
    if p.kind == "RO" and "-" in given and rng.random() < 0.3:
        given = given.split("-")[0] if rng.random() < 0.5 else given.replace("-", " ")
    fields = [given, middle, family]
    for i in range(3):
        if fields[i] and rng.random() < typo_rate:
            fields[i] = typo(rng, fields[i])
    if rng.random() < 0.1:
        fields = [f.upper() for f in fields]
    return fields[0], fields[1], fields[2]


def record_of(rng: random.Random, p: Person, source: str) -> dict[str, str]:
    typo_rate, swap, nid_rate, phone_rate, doc_rate, plate_rate, dob_miss, nid_typo, patr_fam = STYLE_RATES[
        p.style
    ]
    given, middle, family = render_name(rng, p, source, typo_rate)
    if middle and p.kind == "BG" and rng.random() < patr_fam:
        family, middle = middle, ""
    if rng.random() < swap:
        given, family = family, given
    dob = "" if rng.random() < dob_miss else p.dob.isoformat()
    if dob and rng.random() < typo_rate / 2:
        d = p.dob
        dob = (
            date(d.year, d.day, d.month).isoformat()
            if d.day <= 12 and rng.random() < 0.5
            else (d + timedelta(days=rng.choice([-10, -1, 1, 10, 31]))).isoformat()
        )
    home = {"BG": "BG", "RO": "RO"}.get(p.kind)
    has_nid = rng.random() < (nid_rate if (home == source or p.kind == "TCN") else nid_rate * 0.6)
    nid = p.nid if has_nid else ""
    if nid and rng.random() < nid_typo:
        nid = id_typo(rng, nid)
    return {
        "source": source,
        "given_name": given,
        "middle_name": middle,
        "family_name": family,
        "birth_date": dob,
        "sex": p.sex if rng.random() < 0.9 else "",
        "national_id": nid,
        "document_number": (p.doc if rng.random() < 0.95 else typo(rng, p.doc))
        if rng.random() < doc_rate
        else "",
        "nationality": p.nat if rng.random() < 0.95 else "",
        "phone": phone_writing(rng, p.phone, source) if rng.random() < phone_rate else "",
        "vehicle_plate": plate_writing(rng, p.plate, source) if rng.random() < plate_rate else "",
    }


# The input contract's columns, in order (the engine's csvio owns them).
COLUMNS = list(INPUT_COLUMNS)


def generate(n_records: int, seed: int = 1, style: str = "mixed") -> tuple[list[dict[str, str]], list[int]]:
    world = World(seed, style)
    rng = world.rng
    records: list[dict[str, str]] = []
    truth: list[int] = []
    while len(records) < n_records:
        group = [world.person()]
        if rng.random() < 0.18:
            group += world.relatives(group[0])
        for p in group:
            n = rng.choices([1, 2, 3, 4, 5], weights=[0.3, 0.38, 0.2, 0.08, 0.04])[0]
            home = {"BG": "BG", "RO": "RO"}.get(p.kind, rng.choice(["BG", "RO"]))
            other = "RO" if home == "BG" else "BG"
            for k in range(n):
                source = home if (k == 0 and rng.random() < 0.7) else (other if rng.random() < 0.55 else home)
                records.append(record_of(rng, p, source))
                truth.append(p.pid)
    records, truth = records[:n_records], truth[:n_records]
    order = list(range(len(records)))
    rng.shuffle(order)
    out_records, out_truth = [], []
    for new_id, i in enumerate(order):
        rec = dict(records[i])
        rec["record_id"] = f"{'R' if rec['source'] == 'RO' else 'B'}{new_id:07d}"
        out_records.append(rec)
        out_truth.append(truth[i])
    return out_records, out_truth


def write(records: list[dict[str, str]], truth: list[int], out: str, truth_out: str | None) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    if truth_out:
        with open(truth_out, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["record_id", "person_id"])
            w.writerows((r["record_id"], t) for r, t in zip(records, truth, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--truth")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--style", default="mixed", choices=["balanced", "messy", "sparse", "mixed"])
    args = parser.parse_args()
    random.seed(args.seed)
    records, truth = generate(args.n, args.seed, args.style)
    write(records, truth, args.out, args.truth)


if __name__ == "__main__":
    main()
