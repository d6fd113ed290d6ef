"""What the demo exchanges talk about: real crossing points along the border and four kinds of case.

Each case is written in English, Romanian and Bulgarian so that a request can come in any
language the receiving contact point accepts (Art. 11); replies use the request's language.
Pure Python: takes a seeded ``random.Random`` and returns ``RequestInput`` content.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from jointdesk.exchange.demo import identities as ids
from jointdesk.exchange.inputs import DocumentInput, PersonInput, PhoneInput, VehicleInput


@dataclass(frozen=True)
class Place:
    """A crossing point and the units and registration codes on each side of it (FACTS §4.2, §5.5, §5.7)."""

    code: str
    names: dict[str, str]
    ro_units: tuple[str, ...]
    bg_units: tuple[str, ...]
    ro_county: int  # CNP county code
    ro_plate: str  # county letters on a Romanian plate
    ro_id_series: str  # series of Romanian identity cards issued there
    bg_plate: str  # province letters on a Bulgarian plate (Cyrillic)
    ro_towns: dict[str, str]
    bg_towns: dict[str, str]


PLACES = [
    Place("giurgiu-ruse", {"en": "the Giurgiu–Ruse Danube Bridge", "ro": "Podul Prieteniei Giurgiu–Ruse",
          "bg": "Дунав мост Русе–Гюргево"}, ("ro-ipj-giurgiu", "ro-jcc-giurgiu"), ("bg-odmvr-ruse",), 52, "GR", "GZ",
          "Р", {"en": "Giurgiu", "ro": "Giurgiu", "bg": "Гюргево"}, {"en": "Ruse", "ro": "Ruse", "bg": "Русе"}),
    Place("calafat-vidin", {"en": "the Calafat–Vidin New Europe Bridge", "ro": "Podul Calafat–Vidin",
          "bg": "Дунав мост Видин–Калафат"}, ("ro-stpf-dolj",), ("bg-odmvr-vidin",), 16, "DJ", "DX", "ВН",
          {"en": "Calafat", "ro": "Calafat", "bg": "Калафат"}, {"en": "Vidin", "ro": "Vidin", "bg": "Видин"}),
    Place("vama-veche-durankulak", {"en": "the Vama Veche–Durankulak crossing", "ro": "punctul de trecere Vama "
          "Veche–Durankulak", "bg": "ГКПП Дуранкулак–Вама Веке"}, ("ro-ipj-constanta",), ("bg-odmvr-dobrich",), 13,
          "CT", "KT", "ТХ", {"en": "Mangalia", "ro": "Mangalia", "bg": "Мангалия"},
          {"en": "Shabla", "ro": "Șabla", "bg": "Шабла"}),
    Place("negru-voda-kardam", {"en": "the Negru Vodă–Kardam crossing", "ro": "punctul de trecere Negru "
          "Vodă–Kardam", "bg": "ГКПП Кардам–Негру Вода"}, ("ro-ipj-constanta",), ("bg-odmvr-dobrich",), 13, "CT",
          "KZ", "ТХ", {"en": "Constanța", "ro": "Constanța", "bg": "Констанца"},
          {"en": "Dobrich", "ro": "Dobrici", "bg": "Добрич"}),
    Place("ostrov-silistra", {"en": "the Ostrov–Silistra crossing", "ro": "punctul de trecere Ostrov–Silistra",
          "bg": "ГКПП Силистра–Остров"}, ("ro-ipj-constanta",), ("bg-gpu-silistra",), 51, "CL", "KL", "СС",
          {"en": "Călărași", "ro": "Călărași", "bg": "Кълъраш"}, {"en": "Silistra", "ro": "Silistra", "bg": "Силистра"}),
    Place("bechet-oryahovo", {"en": "the Bechet–Oryahovo ferry", "ro": "bacul Bechet–Oriahovo",
          "bg": "ферибот Оряхово–Бекет"}, ("ro-stpf-dolj",), ("bg-odmvr-vidin",), 16, "DJ", "DZ", "ВР",
          {"en": "Craiova", "ro": "Craiova", "bg": "Крайова"}, {"en": "Oryahovo", "ro": "Oriahovo", "bg": "Оряхово"}),
    Place("dobromir-krushari", {"en": "the Dobromir–Krushari crossing", "ro": "punctul de trecere Dobromir–Krushari",
          "bg": "ГКПП Крушари–Добромир"}, ("ro-ipj-constanta",), ("bg-odmvr-dobrich",), 13, "CT", "KT", "ТХ",
          {"en": "Băneasa", "ro": "Băneasa", "bg": "Бъняса"}, {"en": "Krushari", "ro": "Krushari", "bg": "Крушари"}),
]  # fmt: skip

COUNTRY_NAMES = {
    "SY": {"en": "Syria", "ro": "Siria", "bg": "Сирия"},
    "AF": {"en": "Afghanistan", "ro": "Afganistan", "bg": "Афганистан"},
    "PK": {"en": "Pakistan", "ro": "Pakistan", "bg": "Пакистан"},
    "TR": {"en": "Turkey", "ro": "Turcia", "bg": "Турция"},
}


@dataclass(frozen=True)
class CaseText:
    subject: str
    description: str
    purpose: str
    offence: str
    subject_link: str
    availability: str


@dataclass(frozen=True)
class CaseKind:
    """One kind of cross-border case, its texts in the three languages and its penalties per state."""

    code: str
    texts: dict[str, CaseText]
    penalty_months: dict[str, int]  # maximum penalty in the requested state
    serious: bool
    urgency_criteria: tuple[str, ...]


_SAME_STATE = {
    "en": "The persons are nationals of the requested State and the vehicle and phone are registered there.",
    "ro": "Persoanele sunt cetățeni ai statului solicitat, iar vehiculul și telefonul sunt înregistrate acolo.",
    "bg": "Лицата са граждани на замолената държава, а автомобилът и телефонът са регистрирани там.",
}

CASES = {
    "smuggling": CaseKind("smuggling", {
        "en": CaseText(
            "Migrant smuggling at {place}",
            "On {date} a {vehicle} with plate {plate} was stopped at {place} carrying {n} migrants without documents "
            "(citizens of {nats}). The driver and a second person named below are suspected of organising the "
            "transport. Please provide the identity and criminal record of the persons, the registered keeper of "
            "the vehicle and its border crossings in the last 90 days, and the subscriber of the phone number.",
            "Criminal investigation into migrant smuggling: identification of the organisers of the network.",
            "Smuggling of migrants", "The persons were in the vehicle; the phone was used to coordinate the "
            "transport.", _SAME_STATE["en"]),
        "ro": CaseText(
            "Trafic de migranți la {place}",
            "La data de {date}, la {place}, a fost oprită autoutilitara {vehicle} cu numărul {plate}, care transporta "
            "{n} migranți fără documente (cetățeni din {nats}). Conducătorul auto și o a doua persoană menționată mai "
            "jos sunt suspectați că au organizat transportul. Vă rugăm să comunicați identitatea și antecedentele "
            "penale ale persoanelor, deținătorul vehiculului și trecerile acestuia prin frontieră în ultimele 90 de "
            "zile, precum și titularul postului telefonic.",
            "Cercetare penală pentru trafic de migranți: identificarea organizatorilor rețelei.",
            "Trafic de migranți (art. 263 Cod penal)", "Persoanele se aflau în vehicul, iar numărul de telefon a "
            "fost folosit pentru coordonarea transportului.", _SAME_STATE["ro"]),
        "bg": CaseText(
            "Каналджийство при {place}",
            "На {date} при {place} е спрян товарен автомобил {vehicle} с рег. № {plate}, превозващ {n} мигранти без "
            "документи (граждани на {nats}). Водачът и второ лице, посочено по-долу, са заподозрени в организиране "
            "на превоза. Моля, предоставете самоличността и съдимостта на лицата, регистрирания собственик на "
            "автомобила и преминаванията му през границата през последните 90 дни, както и абоната на номера.",
            "Досъдебно производство за каналджийство: установяване на организаторите на мрежата.",
            "Каналджийство (чл. 280 НК)", "Лицата са били в автомобила, а телефонният номер е използван за "
            "координиране на превоза.", _SAME_STATE["bg"]),
    }, {"RO": 84, "BG": 72}, True, ("life", "detention")),
    "vehicle_theft": CaseKind("vehicle_theft", {
        "en": CaseText(
            "Stolen vehicle crossed at {place}",
            "A {vehicle} reported stolen on {date} in our country was recorded by the ANPR cameras at {place} with "
            "plate {plate}, which appears to be registered in your country. Please confirm the registration of the "
            "plate and of the vehicle (VIN below), its current keeper, and any information on the person named "
            "below, who was driving it.",
            "Criminal investigation into the theft of a motor vehicle and its recovery.",
            "Theft of a motor vehicle", "The person was driving the stolen vehicle when it crossed the border.",
            "The plate and the driver's licence were issued in the requested State."),
        "ro": CaseText(
            "Autoturism furat trecut prin {place}",
            "Un autoturism {vehicle}, reclamat ca furat la data de {date} în țara noastră, a fost înregistrat de "
            "camerele ANPR la {place} cu numărul {plate}, care pare să fie înmatriculat în țara dumneavoastră. Vă "
            "rugăm să confirmați înmatricularea numărului și a vehiculului (seria de șasiu mai jos), deținătorul "
            "actual și orice informații despre persoana de mai jos, care îl conducea.",
            "Cercetare penală pentru furt calificat de autovehicul și recuperarea acestuia.",
            "Furt calificat (art. 229 Cod penal)", "Persoana conducea autovehiculul furat la trecerea frontierei.",
            "Numărul de înmatriculare și permisul conducătorului au fost emise în statul solicitat."),
        "bg": CaseText(
            "Откраднат автомобил, преминал през {place}",
            "Лек автомобил {vehicle}, обявен за откраднат на {date} в нашата страна, е заснет от ANPR камерите при "
            "{place} с рег. № {plate}, който изглежда е регистриран във вашата страна. Моля, потвърдете "
            "регистрацията на номера и на автомобила (номер на рама по-долу), настоящия му собственик и всякаква "
            "информация за посоченото лице, което го е управлявало.",
            "Досъдебно производство за кражба на моторно превозно средство и неговото издирване.",
            "Кражба на МПС (чл. 195 НК)", "Лицето е управлявало откраднатия автомобил при преминаването на "
            "границата.", "Номерът и свидетелството за управление на водача са издадени в замолената държава."),
    }, {"RO": 60, "BG": 120}, False, ("relevance",)),
    "drugs": CaseKind("drugs", {
        "en": CaseText(
            "Drug trafficking via {place}",
            "On {date} customs and police officers found {kg} kg of cannabis hidden in a {vehicle} with plate "
            "{plate} at {place}. The phone below was in contact with the driver during the journey. Please provide "
            "the subscriber of the phone, the identity and criminal record of the persons named and any previous "
            "seizures linked to them.",
            "Criminal investigation into cross-border drug trafficking.", "Illicit trafficking in narcotic drugs",
            "The persons travelled in the vehicle in which the drugs were found; the phone was used to guide the "
            "driver.", _SAME_STATE["en"]),
        "ro": CaseText(
            "Trafic de droguri prin {place}",
            "La data de {date}, la {place}, polițiștii și vameșii au descoperit {kg} kg de canabis ascunși într-un "
            "autoturism {vehicle} cu numărul {plate}. Numărul de telefon de mai jos a fost în contact cu "
            "conducătorul auto în timpul călătoriei. Vă rugăm să comunicați titularul postului telefonic, "
            "identitatea și antecedentele penale ale persoanelor menționate și eventualele capturi anterioare.",
            "Cercetare penală pentru trafic internațional de droguri.",
            "Trafic internațional de droguri (art. 3 Legea 143/2000)", "Persoanele călătoreau în vehiculul în care "
            "au fost găsite drogurile; telefonul a fost folosit pentru ghidarea șoferului.", _SAME_STATE["ro"]),
        "bg": CaseText(
            "Трафик на наркотици през {place}",
            "На {date} при {place} митнически и полицейски служители откриха {kg} кг канабис, укрити в лек "
            "автомобил {vehicle} с рег. № {plate}. Телефонният номер по-долу е бил във връзка с водача по време на "
            "пътуването. Моля, предоставете абоната на номера, самоличността и съдимостта на посочените лица и "
            "предишни задържания, свързани с тях.",
            "Досъдебно производство за международен трафик на наркотични вещества.",
            "Трафик на наркотици (чл. 242, ал. 2 НК)", "Лицата са пътували в автомобила, в който са открити "
            "наркотиците; телефонът е използван за насочване на водача.", _SAME_STATE["bg"]),
    }, {"RO": 144, "BG": 180}, True, ("detention", "relevance")),
    "documents": CaseKind("documents", {
        "en": CaseText(
            "Forged documents presented at {place}",
            "On {date} at {place} the person named below presented a {doc} that the border police believe to be "
            "forged. Please verify whether a document with this number was issued, to whom, and whether it is "
            "reported lost or stolen, and provide the person's identity data.",
            "Criminal investigation into the use of forged documents at the border.",
            "Forgery of administrative documents", "The person presented the document at the border check.",
            "The document bears the number format of the requested State."),
        "ro": CaseText(
            "Documente false prezentate la {place}",
            "La data de {date}, la {place}, persoana de mai jos a prezentat un document ({doc}) pe care polițiștii "
            "de frontieră îl consideră fals. Vă rugăm să verificați dacă a fost emis un document cu acest număr, pe "
            "numele cui și dacă este declarat pierdut sau furat și să comunicați datele de identitate ale persoanei.",
            "Cercetare penală pentru fals și uz de fals.", "Fals material în înscrisuri oficiale (art. 320 Cod penal)",
            "Persoana a prezentat documentul la controlul de frontieră.",
            "Documentul are formatul de număr al statului solicitat."),
        "bg": CaseText(
            "Неистински документи, представени при {place}",
            "На {date} при {place} лицето по-долу е представило документ ({doc}), който граничните полицаи смятат за "
            "неистински. Моля, проверете дали е издаван документ с този номер, на чие име и дали е обявен за изгубен "
            "или откраднат, и предоставете данните за самоличност на лицето.",
            "Досъдебно производство за документна измама.", "Документно престъпление (чл. 308 НК)",
            "Лицето е представило документа при граничната проверка.",
            "Документът е с формата на номер на замолената държава."),
    }, {"RO": 60, "BG": 96}, False, ("detention",)),
    # A minor offence (Romanian Criminal Code art. 206: 3 months to 1 year) so that ground (g)(i) is real.
    "threats": CaseKind("threats", {
        "en": CaseText(
            "Threats against a lorry driver at {place}",
            "On {date}, in the parking area at {place}, the driver of a Romanian-registered car with plate {plate} "
            "threatened a Bulgarian lorry driver after a traffic dispute. Please identify the keeper of the vehicle "
            "and confirm the identity of the person named below.",
            "Criminal investigation into threats, on the victim's complaint.", "Threats",
            "The person is believed to have been driving the vehicle.", "The vehicle is registered in Romania."),
        "ro": CaseText(
            "Amenințare la adresa unui șofer de TIR la {place}",
            "La data de {date}, în parcarea de la {place}, conducătorul unui autoturism înmatriculat în România cu "
            "numărul {plate} a amenințat un șofer de TIR bulgar după un conflict în trafic. Vă rugăm să identificați "
            "deținătorul vehiculului și să confirmați identitatea persoanei de mai jos.",
            "Cercetare penală pentru amenințare, la plângerea victimei.", "Amenințare (art. 206 Cod penal)",
            "Se presupune că persoana conducea vehiculul.", "Vehiculul este înmatriculat în România."),
    }, {"RO": 12}, False, ("relevance",)),
}  # fmt: skip

URGENCY_REASONS = {
    "life": {
        "en": "The migrants were carried in a closed cargo space; others may still be in vehicles of the same network.",
        "ro": "Migranții erau transportați într-un spațiu de marfă închis; alții se pot afla încă în vehiculele "
        "aceleiași rețele.",
        "bg": "Мигрантите са превозвани в затворено товарно помещение; други може още да са в автомобили на мрежата.",
    },
    "detention": {
        "en": "The suspects are held in custody; the prosecutor must decide on pre-trial detention within 24 hours.",
        "ro": "Suspecții sunt reținuți; procurorul trebuie să decidă în 24 de ore asupra arestării preventive.",
        "bg": "Заподозрените са задържани; прокурорът трябва да реши за мярката за неотклонение до 24 часа.",
    },
    "relevance": {
        "en": "The vehicle is expected to leave the region within hours and may be dismantled for parts.",
        "ro": "Se estimează că vehiculul va părăsi zona în câteva ore și poate fi dezmembrat.",
        "bg": "Очаква се автомобилът да напусне района до часове и може да бъде разглобен на части.",
    },
}

SPONTANEOUS_TEXT = {
    "en": ("Information: {offence} at {place}", "For your information under Article 7: on {date} our officers "
           "identified the persons and the vehicle below at {place} in connection with {offence_lc}. The information "
           "may be relevant to investigations in your country.",
           "Prevention and detection of cross-border crime: own-initiative information."),
    "ro": ("Informare: {offence} la {place}", "Spre informare, conform art. 7: la data de {date}, la {place}, "
           "polițiștii noștri au identificat persoanele și vehiculul de mai jos în legătură cu fapta de {offence_lc}. "
           "Informațiile pot fi relevante pentru anchetele din țara dumneavoastră.",
           "Prevenirea și descoperirea criminalității transfrontaliere: informare din proprie inițiativă."),
    "bg": ("Информация: {offence} при {place}", "За сведение съгласно чл. 7: на {date} при {place} наши служители "
           "установиха лицата и автомобила по-долу във връзка с {offence_lc}. Информацията може да е от значение "
           "за разследвания във вашата страна.",
           "Предотвратяване и разкриване на трансгранична престъпност: информация по собствена инициатива."),
}  # fmt: skip

DOC_NAMES = {
    "id_card": {"en": "identity card", "ro": "carte de identitate", "bg": "лична карта"},
    "passport": {"en": "passport", "ro": "pașaport", "bg": "паспорт"},
    "driving_licence": {
        "en": "driving licence",
        "ro": "permis de conducere",
        "bg": "свидетелство за управление",
    },
}

REPLIES: dict[str, dict[str, Any]] = {
    "answer": {
        "en": ["Checks in the national databases are complete. {name} lives in {town} and has {record}. The vehicle "
               "is registered to a company in {town}; it crossed the border {crossings} times in the last 90 days.",
               "{name} is known to our services and has {record}. The phone number is a prepaid card activated in "
               "{town}; the vehicle has no alerts in our systems.",
               "The document was issued by our authorities to {name}, who lives in {town} and has {record}. It is "
               "not reported lost or stolen."],
        "ro": ["Verificările în bazele de date naționale au fost finalizate. {name} locuiește în {town} și {record}. "
               "Vehiculul este înmatriculat pe o firmă din {town} și a trecut frontiera de {crossings} ori în ultimele "
               "90 de zile.",
               "{name} este cunoscut(ă) serviciilor noastre și {record}. Numărul de telefon este o cartelă preplătită "
               "activată în {town}; vehiculul nu are semnalări în sistemele noastre.",
               "Documentul a fost emis de autoritățile noastre pe numele {name}, care locuiește în {town} și "
               "{record}. Documentul nu este declarat pierdut sau furat."],
        "bg": ["Проверките в националните бази данни са приключени. {name} живее в {town} и {record}. Автомобилът е "
               "регистриран на фирма от {town} и е преминал границата {crossings} пъти през последните 90 дни.",
               "{name} е известен(на) на нашите служби и {record}. Номерът е предплатена карта, активирана в {town}; "
               "автомобилът няма сигнали в нашите системи.",
               "Документът е издаден от нашите органи на {name}, с адрес в {town}, който(която) {record}. Не е "
               "обявен за изгубен или откраднат."],
    },
    "record": {
        "en": ["no criminal record", "a conviction for smuggling in 2019", "two earlier investigations for theft"],
        "ro": ["nu are antecedente penale", "are o condamnare pentru contrabandă din 2019",
               "a mai fost cercetat(ă) de două ori pentru furt"],
        "bg": ["не е осъждан(а)", "има присъда за контрабанда от 2019 г.", "има две предишни производства за кражба"],
    },
    "partial": {
        "en": "The information on the vehicle and the phone is provided below; the part on the person is refused for "
              "the reason stated. The vehicle is registered in {town} and has no alerts.",
        "ro": "Informațiile despre vehicul și telefon sunt furnizate mai jos; partea privind persoana este refuzată "
              "pentru motivul arătat. Vehiculul este înmatriculat în {town} și nu are semnalări.",
        "bg": "Информацията за автомобила и телефона е предоставена по-долу; частта за лицето се отказва на "
              "посоченото основание. Автомобилът е регистриран в {town} и няма сигнали.",
    },
    "clarification_request": {
        "en": "Please state the exact date and time of the border crossing and the role of each person named.",
        "ro": "Vă rugăm să precizați data și ora exactă a trecerii frontierei și rolul fiecărei persoane menționate.",
        "bg": "Моля, посочете точната дата и час на преминаването и ролята на всяко от посочените лица.",
    },
    "clarification": {
        "en": "The crossing took place at {time}; the first person was the driver, the second the passenger who "
              "paid for the fuel.",
        "ro": "Trecerea a avut loc la ora {time}; prima persoană era conducătorul auto, a doua pasagerul care a "
              "plătit combustibilul.",
        "bg": "Преминаването е в {time} ч.; първото лице е водачът, второто – пътникът, който е платил горивото.",
    },
    "delay_notice": {
        "en": "Under national law a court must authorise the release of the phone subscriber data; the application "
              "was filed today and a decision is expected within {days} days.",
        "ro": "Conform legii naționale, comunicarea datelor abonatului trebuie autorizată de instanță; cererea a fost "
              "depusă astăzi, iar decizia este așteptată în {days} zile.",
        "bg": "Съгласно националното право предоставянето на данните за абоната изисква съдебно разрешение; "
              "искането е подадено днес и решение се очаква до {days} дни.",
    },
    "delay_update": {
        "en": "The court hearing was postponed; a decision is now expected within {days} days.",
        "ro": "Ședința de judecată a fost amânată; decizia este acum așteptată în {days} zile.",
        "bg": "Съдебното заседание е отложено; решение се очаква до {days} дни.",
    },
    "judicial_obtained": {
        "en": "The court authorised the release of the data.",
        "ro": "Instanța a autorizat comunicarea datelor.",
        "bg": "Съдът разреши предоставянето на данните.",
    },
    "judicial_refused": {
        "en": "The court refused to authorise the release of the data.",
        "ro": "Instanța a refuzat autorizarea comunicării datelor.",
        "bg": "Съдът отказа разрешение за предоставяне на данните.",
    },
    "withdrawal": {
        "en": "The suspect has been identified by other means; we withdraw the request.",
        "ro": "Suspectul a fost identificat prin alte mijloace; retragem cererea.",
        "bg": "Заподозреният е установен по друг начин; оттегляме искането.",
    },
}  # fmt: skip

REFUSAL_REASONS = {
    "a": {"en": "The requested information is not available in our national databases.",
          "ro": "Informațiile solicitate nu sunt disponibile în bazele noastre de date naționale.",
          "bg": "Исканата информация не е налична в нашите национални бази данни."},
    "b": {"en": "The request does not state the link between its purpose and the persons concerned.",
          "ro": "Cererea nu precizează legătura dintre scopul ei și persoanele vizate.",
          "bg": "Искането не посочва връзката между целта му и засегнатите лица."},
    "c": {"en": "The competent court refused the authorisation that national law requires.",
          "ro": "Instanța competentă a refuzat autorizarea cerută de legea națională.",
          "bg": "Компетентният съд отказа разрешението, изисквано от националното право."},
    "d": {"en": "The data requested fall outside the categories of personal data we may process for this purpose.",
          "ro": "Datele solicitate nu fac parte din categoriile de date personale pe care le putem prelucra.",
          "bg": "Исканите данни са извън категориите лични данни, които можем да обработваме за тази цел."},
    "e": {"en": "The information we hold is out of date and could mislead the investigation.",
          "ro": "Informațiile pe care le deținem sunt depășite și ar putea induce în eroare ancheta.",
          "bg": "Информацията, с която разполагаме, е остаряла и може да подведе разследването."},
    "f.ii": {"en": "Providing the information now would jeopardise an ongoing investigation in our country.",
             "ro": "Furnizarea informațiilor acum ar periclita o anchetă în curs în țara noastră.",
             "bg": "Предоставянето на информацията сега би застрашило текущо разследване в нашата страна."},
    "g.i": {"en": "The offence is punishable in our country by imprisonment of one year or less.",
            "ro": "Fapta se pedepsește în țara noastră cu închisoare de cel mult un an.",
            "bg": "Деянието се наказва в нашата страна с лишаване от свобода до една година."},
    "h": {"en": "The information was obtained from a third country that did not consent to its transmission.",
          "ro": "Informațiile provin dintr-un stat terț care nu și-a dat acordul pentru transmiterea lor.",
          "bg": "Информацията е получена от трета държава, която не е дала съгласие за предаването ѝ."},
}  # fmt: skip


@dataclass
class CaseContent:
    """A request's text and named items, before it becomes a ``RequestInput``."""

    kind: str
    subject: str
    description: str
    purpose: str
    offence: str
    penalty_months: int | None
    subject_link: str
    availability: str
    serious: bool
    criteria: tuple[str, ...]
    persons: list[PersonInput] = field(default_factory=list)
    vehicles: list[VehicleInput] = field(default_factory=list)
    phones: list[PhoneInput] = field(default_factory=list)
    documents: list[DocumentInput] = field(default_factory=list)


def _person_of(rng: random.Random, country: str, place: Place, today: date, remarks: str = "") -> PersonInput:
    if country == "RO":
        return ids.romanian_person(rng, today=today, county=place.ro_county, remarks=remarks)
    return ids.bulgarian_person(rng, today=today, remarks=remarks)


def _vehicle_of(rng: random.Random, country: str, place: Place, *, van: bool = False) -> VehicleInput:
    area = place.ro_plate if country == "RO" else place.bg_plate
    if country == "RO" and rng.random() < 0.2:
        area = "B"
    return ids.vehicle(rng, country=country, area=area, van=van)


def case_content(
    rng: random.Random, kind: str, *, place: Place, requested: str, language: str, incident: datetime
) -> CaseContent:
    """Text and items of one case, the items belonging mostly to the requested country."""
    case = CASES[kind]
    text = case.texts[language]
    today = incident.date()
    persons: list[PersonInput] = []
    vehicles: list[VehicleInput] = []
    phones: list[PhoneInput] = []
    documents: list[DocumentInput] = []
    fill: dict[str, object] = {"place": place.names[language], "date": incident.strftime("%d.%m.%Y")}
    if kind == "smuggling":
        persons = [
            _person_of(rng, requested, place, today, "driver"),
            _person_of(rng, requested, place, today),
        ]
        nats = rng.sample(sorted(ids.TCN_NAMES), rng.choice((1, 2)))
        for nationality in nats[: rng.choice((0, 1, 2))]:
            persons.append(
                ids.third_country_person(rng, today=today, nationality=nationality, remarks="migrant")
            )
            documents.append(ids.passport_of(rng, nationality))
        vehicles = [_vehicle_of(rng, requested, place, van=True)]
        phones = [ids.phone(rng, requested)]
        fill |= {"n": rng.randint(4, 23), "nats": ", ".join(COUNTRY_NAMES[n][language] for n in nats)}
    elif kind == "vehicle_theft":
        persons = [_person_of(rng, requested, place, today, "driver")]
        vehicles = [_vehicle_of(rng, requested, place)]
        documents = [DocumentInput("driving_licence", f"{rng.randint(10000000, 99999999)}", requested)]
    elif kind == "drugs":
        persons = [
            _person_of(rng, requested, place, today, "driver"),
            _person_of(rng, requested, place, today),
        ]
        vehicles = [_vehicle_of(rng, requested if rng.random() < 0.7 else _other(requested), place)]
        phones = [ids.phone(rng, requested) for _ in range(rng.choice((1, 1, 2)))]
        fill["kg"] = rng.choice((3, 7, 12, 18, 26, 41, 64, 120))
    elif kind == "documents":
        doc_kind = rng.choice(("id_card", "passport", "driving_licence"))
        if rng.random() < 0.35:
            nationality = rng.choice(sorted(ids.TCN_NAMES))
            persons = [ids.third_country_person(rng, today=today, nationality=nationality)]
        else:
            persons = [_person_of(rng, requested, place, today)]
        if doc_kind == "id_card":
            documents = [ids.identity_card_of(rng, requested, series=place.ro_id_series, remarks="presented")]
        else:
            documents = [
                DocumentInput(doc_kind, ids.passport_of(rng, requested).number, requested, "presented")
            ]
        fill["doc"] = DOC_NAMES[doc_kind][language]
    else:  # threats
        persons = [_person_of(rng, requested, place, today)]
        vehicles = [_vehicle_of(rng, requested, place)]
    if vehicles:
        fill |= {"vehicle": f"{vehicles[0].make} {vehicles[0].model}", "plate": vehicles[0].plate}
    return CaseContent(
        kind=kind,
        subject=text.subject.format(**fill),
        description=text.description.format(**fill),
        purpose=text.purpose,
        offence=text.offence,
        penalty_months=case.penalty_months.get(requested),
        subject_link=text.subject_link,
        availability=text.availability,
        serious=case.serious,
        criteria=case.urgency_criteria,
        persons=persons,
        vehicles=vehicles,
        phones=phones,
        documents=documents,
    )


def as_spontaneous(content: CaseContent, *, place: Place, language: str, incident: datetime) -> CaseContent:
    """The same case offered on the sender's own initiative (Art. 7) instead of asked for."""
    subject, description, purpose = SPONTANEOUS_TEXT[language]
    fill = {
        "offence": content.offence.split(" (")[0],
        "offence_lc": content.offence.split(" (")[0].lower(),
        "place": place.names[language],
        "date": incident.strftime("%d.%m.%Y"),
    }
    return replace(
        content, subject=subject.format(**fill), description=description.format(**fill), purpose=purpose
    )


def _other(country: str) -> str:
    return "BG" if country == "RO" else "RO"
