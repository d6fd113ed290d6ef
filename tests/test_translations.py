"""The Romanian and Bulgarian catalogues: complete, not fuzzy, right script, placeholders kept.

The .po files are read with a small parser (polib is not a dependency); what users see is checked
through Django's own translation machinery, so a .po edited without recompiling the .mo fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parents[1] / "src" / "jointdesk" / "locale"
LANGUAGES = ("ro", "bg")
PLURAL_FORMS = {
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "bg": "nplurals=2; plural=(n != 1);",
}

# Bulgarian translations that may stay in Latin script: codes, acronyms and formats.
BG_LATIN_ALLOWED = {"SIENA", "UTC"}
# Latin tokens stripped before looking for Cyrillic letters.
LATIN_TOKENS = re.compile(
    r"\b(?:SIENA|Europol|UTC|API|CSV|PDF|JPEG|PNG|JSON|UUID|UTF-8|QR|VIN|CNP|EGN|LNCh|ISO|E\.164|base64|"
    r"true|false|provided|refused|Ctrl|Authorization|Bearer|YYYY-MM-DD(?:THH:MM:SS\+02:00)?|jointdesk|"
    r"H[0-3]|[ABCX]|M|F|i{1,3}|RO|BG|SY)\b"
)
CEDILLA = re.compile("[\u015e\u015f\u0162\u0163]")  # Ş ş Ţ ţ: wrong for Romanian
CYRILLIC = re.compile("[\u0400-\u04ff]")
PLACEHOLDER = re.compile(r"%\([a-zA-Z_]+\)[sd]|%[sd]|\{[a-zA-Z_]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    def where(self) -> str:
        return f"line {self.line}: {self.msgid!r}"


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[m.group(1)], text)


def parse_po(path: Path) -> list[Entry]:
    """Entries of a .po file, header included (msgid ""), obsolete entries (#~) skipped."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int] = ("msgid", 0)
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#~"):
            if current is not None and not line:
                entries.append(current)
                current = None
            continue
        if current is None:
            current = Entry(line=number)
        if line.startswith("#,"):
            current.flags |= {flag.strip() for flag in line[2:].split(",") if flag.strip()}
            continue
        if line.startswith("#"):
            continue
        keyword = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
        if keyword:
            name, index, text = keyword.group(1), keyword.group(2), _unescape(keyword.group(3))
            if name.startswith("msgstr"):
                target = ("msgstr", int(index or 0))
                current.msgstr[target[1]] = text
            else:
                target = (name, 0)
                setattr(current, name, text)
            current.line = current.line if name != "msgid" else number
            continue
        continuation = re.match(r'^"(.*)"$', line)
        assert continuation, f"{path}:{number}: cannot parse {raw!r}"
        text = _unescape(continuation.group(1))
        if target[0] == "msgstr":
            current.msgstr[target[1]] += text
        else:
            setattr(current, target[0], (getattr(current, target[0]) or "") + text)
    if current is not None:
        entries.append(current)
    return entries


def catalogue(language: str) -> list[Entry]:
    return [e for e in parse_po(LOCALE_DIR / language / "LC_MESSAGES" / "django.po") if e.msgid]


def header(language: str) -> str:
    first = parse_po(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")[0]
    assert first.msgid == ""
    return first.msgstr[0]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# --- the catalogues themselves -----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_files_exist_and_are_compiled(language: str) -> None:
    po = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert po.is_file() and mo.is_file()
    assert len(catalogue(language)) > 300


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_declares_language_charset_and_plural_forms(language: str) -> None:
    text = header(language)
    assert f"Language: {language}\n" in text
    assert "charset=UTF-8" in text
    assert f"Plural-Forms: {PLURAL_FORMS[language]}\n" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_not_fuzzy(language: str) -> None:
    nplurals = 3 if language == "ro" else 2
    problems = []
    for entry in catalogue(language):
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy {entry.where()}")
        expected = set(range(nplurals)) if entry.msgid_plural is not None else {0}
        if set(entry.msgstr) != expected or not all(entry.msgstr.values()):
            problems.append(f"untranslated {entry.where()}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_html_are_kept(language: str) -> None:
    problems = []
    for entry in catalogue(language):
        for index, text in entry.msgstr.items():
            source = entry.msgid_plural if entry.msgid_plural is not None and index > 0 else entry.msgid
            # A singular form may leave out the number ("one hour"), never add an unknown name.
            singular_subset = entry.msgid_plural is not None and set(placeholders(text)) <= set(
                placeholders(source)
            )
            if placeholders(text) != placeholders(source) and not singular_subset:
                problems.append(f"placeholders {entry.where()} [{index}]: {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"HTML {entry.where()} [{index}]: {text!r}")
    assert not problems, "\n".join(problems)


def test_romanian_uses_comma_below_never_cedilla() -> None:
    bad = [e.where() for e in catalogue("ro") for t in e.msgstr.values() if CEDILLA.search(t)]
    assert not bad, "cedilla ş/ţ instead of comma-below ș/ț:\n" + "\n".join(bad)
    assert not CEDILLA.search(header("ro"))


def test_romanian_has_its_diacritics() -> None:
    text = " ".join(t for e in catalogue("ro") for t in e.msgstr.values())
    for letter in "șțăâî":
        assert letter in text


def test_bulgarian_is_written_in_cyrillic() -> None:
    problems = []
    for entry in catalogue("bg"):
        for text in entry.msgstr.values():
            if text in BG_LATIN_ALLOWED:
                continue
            rest = LATIN_TOKENS.sub("", PLACEHOLDER.sub("", TAG.sub("", text)))
            if re.search(r"[A-Za-z]", rest) and not CYRILLIC.search(text):
                problems.append(f"Latin only {entry.where()}: {text!r}")
            elif re.search(r"[A-Za-z]{2,}", rest):
                problems.append(f"stray Latin word {entry.where()}: {text!r}")
            elif not CYRILLIC.search(text) and re.search(r"[A-Za-z]", text):
                problems.append(f"no Cyrillic {entry.where()}: {text!r}")
    assert not problems, "\n".join(problems)


def test_directive_terminology_is_used() -> None:
    """The terms of the Romanian and Bulgarian versions of Directive (EU) 2023/977."""
    ro = {e.msgid: e.msgstr[0] for e in catalogue("ro") if e.msgid_plural is None}
    bg = {e.msgid: e.msgstr[0] for e in catalogue("bg") if e.msgid_plural is None}
    assert ro["Single Point of Contact"] == "Punct unic de contact"
    assert bg["Single Point of Contact"] == "Единно звено за контакт"
    assert "Cerere de informații" in ro["Request for information (Art. 4)"]
    assert "Искане за информация" in bg["Request for information (Art. 4)"]
    assert "din proprie inițiativă" in ro["Own-initiative information (Art. 7)"]
    assert "по собствена инициатива" in bg["Own-initiative information (Art. 7)"]
    assert "Motive de refuz" in ro["Grounds (Art. 6(1))"]
    assert "Основания за отказ" in bg["Grounds (Art. 6(1))"]
    assert ro["Judicial authorisation"] == "Autorizare judiciară"
    assert bg["Judicial authorisation"] == "Съдебно разрешение"


# --- what Django serves -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(language: str) -> None:
    """Every singular entry comes out of Django as written in the .po: the .mo is up to date."""
    stale = []
    with translation.override(language):
        for entry in catalogue(language):
            if entry.msgid_plural is not None:
                got = translation.ngettext(entry.msgid, entry.msgid_plural, 5)
                want = entry.msgstr[1]
            elif entry.msgctxt is not None:
                got, want = translation.pgettext(entry.msgctxt, entry.msgid), entry.msgstr[0]
            else:
                got, want = translation.gettext(entry.msgid), entry.msgstr[0]
            if got != want:
                stale.append(f"{entry.where()}: .mo gives {got!r}, .po says {want!r}")
    assert not stale, "recompile with `manage.py compilemessages`:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    ("msgid", "ro", "bg"),
    [
        ("Inbox", "Primite", "Входящи"),
        ("Outbox", "Trimise", "Изходящи"),
        ("Log in", "Autentificare", "Вход"),
        ("Log out", "Deconectare", "Изход"),
        ("Request for clarification", "Cerere de clarificări", "Искане за пояснения"),
        ("Refusal", "Refuz", "Отказ"),
        ("Romanian", "Română", "Румънски"),
        ("Bulgarian", "Bulgară", "Български"),
    ],
)
def test_known_strings_are_translated(msgid: str, ro: str, bg: str) -> None:
    with translation.override("ro"):
        assert translation.gettext(msgid) == ro
    with translation.override("bg"):
        assert translation.gettext(msgid) == bg
    with translation.override("en"):
        assert translation.gettext(msgid) == msgid


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("ro", {1: "1 oră", 2: "2 ore", 19: "19 ore", 20: "20 de ore", 101: "101 ore", 120: "120 de ore"}),
        ("bg", {1: "1 час", 2: "2 часа", 20: "20 часа"}),
    ],
)
def test_plural_forms_follow_the_language(language: str, counts: dict[int, str]) -> None:
    with translation.override(language):
        for n, expected in counts.items():
            assert translation.ngettext("%(n)s hour", "%(n)s hours", n) % {"n": n} == expected


def test_lazy_choice_labels_follow_the_active_language() -> None:
    from jointdesk.exchange.choices import RefusalGround

    with translation.override("ro"):
        assert "disponibile" in str(RefusalGround.choices[0][1])
    with translation.override("bg"):
        assert CYRILLIC.search(str(RefusalGround.choices[0][1]))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "word", "lang_attr"), [("ro", "Autentificare", "ro"), ("bg", "Вход", "bg")]
)
def test_login_page_renders_in_the_language_of_the_cookie(
    client, language: str, word: str, lang_attr: str
) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(reverse("accounts:login"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang_attr}">' in html
    assert word in html
    assert "Log in" not in html


@pytest.mark.django_db
def test_logged_in_user_sees_the_ui_in_their_own_language(client, make_user, settings) -> None:
    settings.JOINTDESK_REQUIRE_2FA = False
    user = make_user("bg-spoc", "duty_officer", language="bg")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ro"  # the user's own choice wins
    html = client.get(reverse("exchange:message_inbox")).content.decode()
    assert "Входящи" in html and "Изходящи" in html
    assert "Inbox" not in html
