"""Invented but well-formed people, vehicles, phones and documents for the demo data.

Every identifier passes the same checks a real one would: CNP and EGN carry correct check digits
(FACTS §5.5-5.6), phones are valid for libphonenumber, plates follow each country's pattern and
Bulgarian plates use only the twelve Cyrillic letters that look Latin (FACTS §5.7). Names keep
their original script: Romanian with ș ț ă â î, Bulgarian in Cyrillic with a patronymic.
Pure Python, driven by a seeded ``random.Random`` so two runs give the same people.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers

from jointdesk.exchange.inputs import DocumentInput, PersonInput, PhoneInput, VehicleInput

CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
EGN_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6)

RO_MALE = [
    "Ion",
    "Gheorghe",
    "Mihai",
    "Ștefan",
    "Andrei",
    "Constantin",
    "Vasile",
    "Florin",
    "Cătălin",
    "Răzvan",
    "Bogdan",
    "Marius",
    "Adrian",
    "Costel",
    "Ionuț",
    "Nicușor",
    "Dănuț",
    "Sorin",
    "Lucian",
    "Cosmin",
]
RO_FEMALE = [
    "Maria",
    "Elena",
    "Ioana",
    "Andreea",
    "Mihaela",
    "Cristina",
    "Alexandra",
    "Roxana",
    "Gabriela",
    "Ramona",
    "Larisa",
    "Bianca",
    "Simona",
    "Oana",
    "Irina",
    "Ștefania",
    "Luminița",
    "Cătălina",
]
RO_FAMILY = ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantinescu", "Mătăsaru", "Țurcanu", "Bălan",
             "Nistor", "Drăgulescu", "Marinescu", "Tănase", "Pîrvu", "Ciobanu", "Șerban", "Vlădoiu", "Neagu",
             "Bîrsan", "Stoica", "Munteanu", "Ghiță", "Mocanu", "Dobre", "Rădulescu", "Zamfir", "Oprea", "Cârstea",
             "Lupașcu", "Iordache", "Enache"]  # fmt: skip
BG_MALE = [
    "Георги",
    "Иван",
    "Димитър",
    "Николай",
    "Петър",
    "Христо",
    "Стоян",
    "Тодор",
    "Васил",
    "Красимир",
    "Пламен",
    "Атанас",
    "Благовест",
    "Цветан",
    "Емил",
    "Йордан",
    "Живко",
    "Светослав",
]
BG_FEMALE = [
    "Мария",
    "Иванка",
    "Елена",
    "Десислава",
    "Цветелина",
    "Йорданка",
    "Радослава",
    "Гергана",
    "Петя",
    "Надежда",
    "Милена",
    "Стефка",
    "Веселина",
    "Тереза",
]
# Family names in their male form; the female form adds -а (Петров -> Петрова, Ковачки -> Ковачка).
BG_FAMILY = ["Петров", "Георгиев", "Иванов", "Димитров", "Стоянов", "Николов", "Тодоров", "Христов", "Ангелов",
             "Маринов", "Колев", "Русев", "Вълчев", "Йорданов", "Кирилов", "Ковачки", "Златев", "Петков",
             "Атанасов", "Цанков"]  # fmt: skip
# Patronymics are formed from the father's given name (FACTS §5.3).
BG_PATRONYMIC = {"Георги": "Георгиев", "Иван": "Иванов", "Димитър": "Димитров", "Николай": "Николаев",
                 "Петър": "Петров", "Христо": "Христов", "Стоян": "Стоянов", "Тодор": "Тодоров",
                 "Васил": "Василев", "Красимир": "Красимиров", "Пламен": "Пламенов", "Атанас": "Атанасов",
                 "Цветан": "Цветанов", "Емил": "Емилов", "Йордан": "Йорданов", "Живко": "Живков"}  # fmt: skip
# Third-country nationals met on the smuggling routes, written as in their passports' Latin zone.
TCN_NAMES = {
    "SY": (["Ahmad", "Mohammad", "Omar", "Khaled", "Yousef", "Rami", "Fadi", "Bilal", "Hassan", "Tarek"],
           ["Al-Hamdan", "Haddad", "Khalil", "Al-Ahmad", "Mansour", "Darwish", "Al-Sayed", "Hamoud", "Nasser"]),
    "AF": (["Ahmad Shah", "Mohammad Nabi", "Abdul Rahim", "Farid", "Zabihullah", "Noorullah", "Jawad", "Samiullah"],
           ["Rahimi", "Ahmadzai", "Hakimi", "Safi", "Noori", "Stanikzai", "Popalzai", "Mohammadi"]),
    "PK": (["Muhammad Imran", "Ali Raza", "Usman", "Bilal Ahmed", "Hamza", "Zeeshan", "Waqas", "Adnan"],
           ["Khan", "Butt", "Chaudhry", "Qureshi", "Malik", "Hussain", "Iqbal", "Awan"]),
    "TR": (["Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Emre", "Burak", "Murat", "Serkan", "Yusuf"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"]),
}  # fmt: skip

# Romanian plates: Q is never used, the letter group does not start with I or O (FACTS §5.7).
_RO_PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
# Bulgarian plates: only А В Е К М Н О Р С Т У Х exist; series letters are А В К М Н Р С Т Х.
_BG_SERIES_LETTERS = "АВКМНРСТХ"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_RO_MOBILE_PREFIXES = ("721", "722", "723", "724", "726", "728", "729", "731", "733", "740", "742", "744", "745",
                       "746", "747", "748", "751", "752", "753", "755", "756", "757", "760", "761", "763", "766",
                       "770", "771", "772", "773", "774", "775", "786")  # fmt: skip
_BG_MOBILE_PREFIXES = ("87", "88", "89")

CARS = [("Dacia", "Logan", "white"), ("Dacia", "Duster", "grey"), ("Volkswagen", "Passat", "black"),
        ("Volkswagen", "Golf", "blue"), ("BMW", "X5", "black"), ("Mercedes-Benz", "Sprinter", "white"),
        ("Ford", "Transit", "white"), ("Audi", "A6", "silver"), ("Toyota", "RAV4", "red"),
        ("Renault", "Master", "white"), ("Škoda", "Octavia", "grey"), ("Opel", "Vivaro", "silver"),
        ("Mercedes-Benz", "E 220", "dark blue"), ("Iveco", "Daily", "white")]  # fmt: skip
VANS = [car for car in CARS if car[1] in ("Sprinter", "Transit", "Master", "Vivaro", "Daily")]


def cnp_check_digit(first_twelve: str) -> str:
    """FACTS §5.5: weights 2 7 9 1 4 6 3 5 8 2 7 9, sum mod 11, 10 becomes 1."""
    remainder = sum(int(d) * w for d, w in zip(first_twelve, CNP_WEIGHTS, strict=True)) % 11
    return "1" if remainder == 10 else str(remainder)


def egn_check_digit(first_nine: str) -> str:
    """FACTS §5.6: weights 2 4 8 5 10 9 7 3 6, sum mod 11, 10 becomes 0."""
    remainder = sum(int(d) * w for d, w in zip(first_nine, EGN_WEIGHTS, strict=True)) % 11
    return "0" if remainder == 10 else str(remainder)


def make_cnp(rng: random.Random, born: date, sex: str, county: int) -> str:
    """A CNP for someone born in the 1900s (1/2) or 2000s (5/6) in the given county."""
    first = {(True, "M"): "5", (True, "F"): "6", (False, "M"): "1", (False, "F"): "2"}[
        (born.year >= 2000, sex)
    ]
    body = f"{first}{born:%y%m%d}{county:02d}{rng.randint(1, 999):03d}"
    return body + cnp_check_digit(body)


def make_egn(rng: random.Random, born: date, sex: str) -> str:
    """An EGN; the ninth digit's parity carries the sex (even male, odd female), months +40 after 2000."""
    month = born.month + 40 if born.year >= 2000 else born.month
    region = rng.randint(0, 99) * 10 + rng.randrange(0, 10, 2) + (1 if sex == "F" else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{region:03d}"
    return body + egn_check_digit(body)


def birth_date(rng: random.Random, *, today: date, youngest: int = 19, oldest: int = 62) -> date:
    return today - timedelta(days=rng.randint(youngest * 365 + 5, oldest * 365))


def romanian_person(rng: random.Random, *, today: date, county: int, remarks: str = "") -> PersonInput:
    sex = rng.choice("MMMF")
    given = rng.choice(RO_MALE if sex == "M" else RO_FEMALE)
    born = birth_date(rng, today=today)
    return PersonInput(
        given_name=given,
        family_name=rng.choice(RO_FAMILY),
        birth_date=born,
        sex=sex,
        nationality="RO",
        national_id=make_cnp(rng, born, sex, county),
        remarks=remarks,
    )


def _bg_feminine(name: str) -> str:
    return name[:-1] + "ка" if name.endswith("ки") else name + "а"


def bulgarian_person(rng: random.Random, *, today: date, remarks: str = "") -> PersonInput:
    sex = rng.choice("MMMF")
    given = rng.choice(BG_MALE if sex == "M" else BG_FEMALE)
    patronymic = BG_PATRONYMIC[rng.choice(list(BG_PATRONYMIC))]
    family = rng.choice(BG_FAMILY)
    if sex == "F":
        patronymic, family = _bg_feminine(patronymic), _bg_feminine(family)
    born = birth_date(rng, today=today)
    return PersonInput(
        given_name=given,
        middle_name=patronymic,
        family_name=family,
        birth_date=born,
        sex=sex,
        nationality="BG",
        national_id=make_egn(rng, born, sex),
        remarks=remarks,
    )


def third_country_person(
    rng: random.Random, *, today: date, nationality: str, remarks: str = ""
) -> PersonInput:
    given, family = TCN_NAMES[nationality]
    return PersonInput(
        given_name=rng.choice(given),
        family_name=rng.choice(family),
        birth_date=birth_date(rng, today=today, youngest=17, oldest=45),
        sex="M",
        nationality=nationality,
        remarks=remarks,
    )


def passport_of(rng: random.Random, nationality: str) -> DocumentInput:
    """A passport number shaped like those of the issuing country (letter prefix plus digits)."""
    shapes = {"SY": ("N", 9), "AF": ("P", 8), "PK": ("AB", 7), "TR": ("U", 8), "RO": ("", 9), "BG": ("", 9)}
    prefix, digits = shapes.get(nationality, ("X", 8))
    number = prefix + "".join(rng.choice("0123456789") for _ in range(digits))
    return DocumentInput(document_kind="passport", number=number, issuing_country=nationality)


def identity_card_of(
    rng: random.Random, country: str, *, series: str = "GZ", remarks: str = ""
) -> DocumentInput:
    """RO identity cards: two-letter county series plus 6 digits; BG: 9 digits."""
    if country == "RO":
        number = f"{series} {rng.randint(100000, 999999)}"
    else:
        number = f"{rng.randint(600000000, 659999999)}"
    return DocumentInput(document_kind="id_card", number=number, issuing_country=country, remarks=remarks)


def ro_plate(rng: random.Random, county: str) -> str:
    digits = (
        f"{rng.randint(100, 999)}" if county == "B" and rng.random() < 0.5 else f"{rng.randint(1, 99):02d}"
    )
    first = rng.choice([c for c in _RO_PLATE_LETTERS if c not in "IO"])
    letters = first + "".join(rng.choice(_RO_PLATE_LETTERS) for _ in range(2))
    return f"{county} {digits} {letters}"


def bg_plate(rng: random.Random, province: str) -> str:
    series = "".join(rng.choice(_BG_SERIES_LETTERS) for _ in range(2))
    return f"{province} {rng.randint(1000, 9999)} {series}"


def vin(rng: random.Random) -> str:
    return "".join(rng.choice(_VIN_CHARS) for _ in range(17))


def vehicle(
    rng: random.Random, *, country: str, area: str, van: bool = False, remarks: str = ""
) -> VehicleInput:
    make, model, colour = rng.choice(VANS if van else CARS)
    plate = ro_plate(rng, area) if country == "RO" else bg_plate(rng, area)
    return VehicleInput(
        plate=plate,
        registration_country=country,
        make=make,
        model=model,
        colour=colour,
        vin=vin(rng),
        remarks=remarks,
    )


def phone(rng: random.Random, country: str, *, remarks: str = "") -> PhoneInput:
    """A mobile number valid for libphonenumber, written the way officers type them."""
    while True:
        if country == "RO":
            prefix = rng.choice(_RO_MOBILE_PREFIXES)
            rest = f"{rng.randint(0, 999999):06d}"
            text = f"+40 {prefix} {rest[:3]} {rest[3:]}"
        else:
            prefix = rng.choice(_BG_MOBILE_PREFIXES)
            rest = f"{rng.randint(0, 9999999):07d}"
            text = f"+359 {prefix} {rest[:3]} {rest[3:]}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text)):
            return PhoneInput(number=text, remarks=remarks)


def display_name(person: PersonInput) -> str:
    return " ".join(part for part in (person.given_name, person.middle_name, person.family_name) if part)
