"""Script conversion for names seen by Romanian and Bulgarian systems.

Why this module exists: the same person is written in Bulgarian Cyrillic by one system and in Latin
letters (official Bulgarian transliteration, Romanian habits, or with Romanian diacritics in either of
two encodings) by the other. Everything here is a pure function on `str`.

- `bg_to_latin`: the Bulgarian Transliteration Act (State Gazette 19/2009) exactly, because that is
  what Bulgarian ID documents print and what a Bulgarian officer types in Latin.
- `cyrillic_to_latin`: the same table extended to Russian, Ukrainian, Serbian and Macedonian letters,
  because third-country nationals reach both systems with names first written in those alphabets.
- `latin_to_bg`: a best-effort reverse, used to generate Cyrillic aliases and test data; the Latin
  spelling loses information (ъ vs а, й vs и), so it is not an inverse of `bg_to_latin`.
- `fold_romanian_cedilla`: the legacy cedilla letters (Windows-1250, ISO-8859-2) mapped to the
  correct comma-below letters, because no Unicode normalisation form does it (FACTS 5.4).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

__all__ = [
    "BG_TO_LATIN",
    "bg_to_latin",
    "cyrillic_to_latin",
    "fold_romanian_cedilla",
    "has_cyrillic",
    "latin_to_bg",
]

# The Act's table, lower case; capitals are derived (see _apply_case). Ь only occurs before О in
# Bulgarian ("ьо" -> "yo"), Ъ is a vowel.
BG_TO_LATIN: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    "ѝ": "i",  # U+045D, the stressed pronoun "ѝ": the Act treats it as и
}  # fmt: skip

# Letters of other Cyrillic alphabets. Choices follow the passport (ICAO 9303) readings where they
# exist, since that is the Latin form a border officer copies: ы->y, э->e, ё->yo, є->ye, ї->yi,
# і->i; Serbian/Macedonian letters follow Serbian Latin without diacritics (đ->dj, ć->c, č->ch ...)
# so that the result stays ASCII and lines up with how a Serbian Latin name folds.
_OTHER_CYRILLIC: Final[dict[str, str]] = {
    "ы": "y", "э": "e", "ё": "yo", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
    "ђ": "dj", "ћ": "c", "џ": "dzh", "љ": "lj", "њ": "nj", "ј": "j", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz", "ѐ": "e", "ӣ": "i", "ү": "u", "ө": "o", "қ": "k", "ғ": "gh", "ң": "ng",
    "ҳ": "h", "һ": "h", "ә": "a", "ӯ": "u", "ҷ": "j",
}  # fmt: skip

# Ukrainian spelling reads г as h and и as y (Ukrainian passports: Олександр Григорович ->
# Oleksandr Hryhorovych). Only applied to a word that contains a letter unique to Ukrainian,
# because the same letters are g/i in Bulgarian and Russian.
_UKRAINIAN_MARKERS: Final = frozenset("єїіґЄЇІҐ")
_UKRAINIAN_OVERRIDES: Final[dict[str, str]] = {"г": "h", "и": "y", "е": "e", "є": "ye"}

_LOWER_MAP: Final[dict[str, str]] = {**BG_TO_LATIN, **_OTHER_CYRILLIC}
_CYRILLIC_RE: Final = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
_WORD_RE: Final = re.compile(r"[^\W\d_]+")


def has_cyrillic(text: str) -> bool:
    """True when the text contains any Cyrillic letter (a cheap test before converting)."""
    return _CYRILLIC_RE.search(text) is not None


def _apply_case(latin: str, upper: bool, word_upper: bool) -> str:
    """Case of a multi-letter rendering: "ЖЕЗЪЛ" -> "ZHEZAL" but "Жеков" -> "Zhekov".

    The Act prints all-caps words with fully upper-case digraphs; a capital at the start of a
    mixed-case word gives a title-case digraph.
    """
    if not upper:
        return latin
    if word_upper:
        return latin.upper()
    return latin[:1].upper() + latin[1:]


def _convert_word(word: str, *, official_only: bool) -> str:
    lower = word.lower()
    if lower == "българия":  # Exception 2 of the Act
        return _case_like("bulgaria", word)
    table = BG_TO_LATIN if official_only else _LOWER_MAP
    ukrainian = not official_only and any(ch in _UKRAINIAN_MARKERS for ch in word)
    letters = [ch for ch in word if ch.isalpha()]
    word_upper = len(letters) > 1 and all(ch.isupper() for ch in letters)
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        low = lower[i]
        if low == "я" and i == n - 1 and i > 0 and lower[i - 1] == "и":
            latin = "a"  # Exception 1: word-final "ия" -> "ia" (the и is already written as i)
        elif low == "ь" and not official_only and (i + 1 >= n or lower[i + 1] != "о"):
            latin = ""  # Russian/Ukrainian soft sign: silent, as ICAO drops it; Bulgarian ьо keeps y
        elif low == "ъ" and not official_only and i + 1 < n and lower[i + 1] in "еёюяє":
            latin = ""  # Russian hard sign before a iotated vowel is a separator, not a vowel
        elif ukrainian and low in _UKRAINIAN_OVERRIDES:
            latin = _UKRAINIAN_OVERRIDES[low]
        else:
            mapped = table.get(low)
            if mapped is None:
                out.append(ch)
                continue
            latin = mapped
        if not latin:
            continue
        if ch != low:
            # a lone capital before another capital is part of an all-caps word ("ЩАСТИЕ")
            nxt_upper = i + 1 < n and word[i + 1].isalpha() and word[i + 1].isupper()
            out.append(_apply_case(latin, True, word_upper or nxt_upper))
        else:
            out.append(latin)
    return "".join(out)


def _case_like(latin: str, model: str) -> str:
    if model.isupper():
        return latin.upper()
    if model[:1].isupper():
        return latin.capitalize()
    return latin


def _convert(text: str, *, official_only: bool) -> str:
    if not has_cyrillic(text):
        return text
    text = unicodedata.normalize("NFC", text)
    return _WORD_RE.sub(lambda m: _convert_word(m.group(0), official_only=official_only), text)


def bg_to_latin(text: str) -> str:
    """Bulgarian Cyrillic to Latin by the Transliteration Act 2009 (FACTS 5.1), other text unchanged.

    Includes the word-final "ия" -> "ia" rule (София -> Sofia, but Сияна -> Siyana, Марияна ->
    Mariyana: the exception is for the end of a word only), България -> Bulgaria, all-caps digraphs
    (ЩАСТИЕ -> SHTASTIE) and ѝ -> i. Letters outside the Bulgarian alphabet are left as they are.
    """
    return _convert(text, official_only=True)


@lru_cache(maxsize=65536)
def cyrillic_to_latin(text: str) -> str:
    """Any Cyrillic text to Latin: Bulgarian by the Act, other alphabets by passport habits.

    A Bulgarian word gives exactly `bg_to_latin`. The only context rules beyond the Act are the
    Russian signs (ь silent unless before о, ъ silent before a iotated vowel), which never occur in
    those positions in Bulgarian, and the Ukrainian г/и readings, which apply only to a word with a
    letter unique to Ukrainian.
    """
    return _convert(text, official_only=False)


_CEDILLA_TO_COMMA: Final = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
_COMBINING_CEDILLA_RE: Final = re.compile("([sStT])\u0327")


def fold_romanian_cedilla(text: str) -> str:
    """Replace the legacy cedilla ş ţ Ş Ţ with the correct comma-below ș ț Ș Ț (FACTS 5.4, 8.15).

    Also handles the decomposed writing (s + U+0327), which arrives from NFD sources (macOS file
    names, some OCR engines). No Unicode normalisation form performs this mapping.
    """
    if "\u0327" in text:
        text = _COMBINING_CEDILLA_RE.sub(lambda m: m.group(1) + "\u0326", text)
        text = unicodedata.normalize("NFC", text)
    return text.translate(_CEDILLA_TO_COMMA)


# Reverse direction. Longest match first; Romanian letters and digraphs are read the Romanian way
# (FACTS 5.4: ș->ш, ț->ц, ă/â/î->ъ, ce/ci->че/чи, che/chi->ке/ки, ge/gi->дже/джи, ghe/ghi->ге/ги)
# because a Latin name with Romanian diacritics was written by a Romanian.
_LATIN_TO_BG_ROMANIAN: Final[tuple[tuple[str, str], ...]] = (
    ("gea", "джа"), ("gia", "джа"), ("geo", "джо"), ("gio", "джо"), ("giu", "джу"), ("ge", "дже"),
    ("gi", "джи"), ("ști", "щи"), ("șt", "щ"), ("ș", "ш"), ("ț", "ц"), ("ă", "ъ"), ("â", "ъ"),
    ("î", "ъ"),
)  # fmt: skip
# Letters and digraphs the official table never produces (it writes ц as ts, ж as zh), so in any
# word they are a Romanian (or other foreign) spelling and read that way.
_LATIN_TO_BG_FOREIGN: Final[tuple[tuple[str, str], ...]] = (
    ("chi", "ки"), ("che", "ке"), ("ghi", "ги"), ("ghe", "ге"), ("cea", "ча"), ("cia", "ча"),
    ("ceo", "чо"), ("cio", "чо"), ("ciu", "чу"), ("ce", "че"), ("ci", "чи"), ("j", "ж"),
    ("ch", "ч"), ("c", "к"), ("x", "кс"), ("w", "в"), ("q", "к"),
)  # fmt: skip
_LATIN_TO_BG_OFFICIAL: Final[tuple[tuple[str, str], ...]] = (
    ("sht", "щ"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
    ("yo", "йо"), ("dzh", "дж"), ("kh", "х"), ("iu", "ю"), ("ia", "ия"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
    ("y", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
    ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("j", "й"), ("w", "в"),
    ("x", "кс"), ("q", "к"),
)  # fmt: skip
_ROMANIAN_MARKS_RE: Final = re.compile("[ăâîșțşţĂÂÎȘȚŞŢ]|gh|escu$|eanu$|c(?!h)", re.IGNORECASE)


def _latin_word_to_bg(word: str) -> str:
    lower = fold_romanian_cedilla(word).lower()
    if lower == "bulgaria":
        return _case_like("българия", word)
    romanian = _ROMANIAN_MARKS_RE.search(word) is not None
    rules = _LATIN_TO_BG_FOREIGN + _LATIN_TO_BG_OFFICIAL
    if romanian:
        rules = _LATIN_TO_BG_ROMANIAN + rules
    out: list[str] = []
    i = 0
    n = len(lower)
    while i < n:
        for latin, cyr in rules:
            if lower.startswith(latin, i):
                if latin == "ia" and i + 2 < n:
                    continue  # mid-word "ia" is и + а (Сияна is written Siyana, not Siana)
                if latin == "iu" and romanian is False:
                    continue
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(lower[i])
            i += 1
    cyr_word = "".join(out)
    if word.isupper() and len(word) > 1:
        return cyr_word.upper()
    if word[:1].isupper():
        return cyr_word[:1].upper() + cyr_word[1:]
    return cyr_word


def latin_to_bg(text: str) -> str:
    """Best-effort Latin to Bulgarian Cyrillic (for aliases and test data, not for matching).

    Reads the official digraphs (zh, ts, ch, sh, sht, yu, ya), the word-final "ia" back to "ия",
    Bulgaria back to България, and, in a word with Romanian diacritics, the Romanian spellings.
    Ambiguities are resolved towards the commoner letter: "a" -> а (never ъ), "y" -> й, "u" -> у.
    """
    text = unicodedata.normalize("NFC", text)
    return _WORD_RE.sub(lambda m: _latin_word_to_bg(m.group(0)), text)
