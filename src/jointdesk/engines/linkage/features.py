"""Turn checked input rows into the comparison features the linkage model reads.

Normalisation is done once per distinct raw value (names repeat a lot, identifiers are cheap to
decode), in Python with the `names` and `identifiers` modules, and joined back in DuckDB. Every
feature is a plain column, so the same table feeds the DuckDB and the Spark backends.

Feature columns (NULL when unknown):
  uid          BIGINT, position of record_id in sorted order (row-order independent)
  g_fold/m_fold/f_fold   folded given / middle (patronymic) / family name, ASCII lowercase
  g_key        phonetic key of the first given name
  g_keys       phonetic keys of all given names (double names)
  g_alts/f_alts  keys of the first given name / family stem under every plausible reading of
                 their letters (j as ж or й, Romanian ge/chi, -eh): transliteration systems
  g_skey       stem key of the first given name (to meet a family name when the two are swapped)
  g_skel/f_skel  consonant skeleton of g_key / f_key, J read as G (Fatemeh/Fatma, Mariam/Meryem,
                 Romanian Georgiana through Cyrillic: Dzheordzhiana), >= 2 letters
  g_sort/f_sort  letters of the folded given / family name in sorted order (transposition typos)
  gf_rare      "given|family" key when that pair is rare (<= RARE_NAME_PAIR records), else NULL
  g_est        number of records with this given-name spelling when it is an established name
               (>= max(ESTABLISHED_MIN, n / ESTABLISHED_PER)), else NULL: Maria and Mariana are two
               names, Mraia is a slip
  gm_rare      "given|patronymic" key when rare (a family name mistyped on a record without a date)
  gf_set       the same pair of stem keys in either order, when rare (swapped names without a date)
  m_key        phonetic key of the patronymic's stem (Petrov/Petrova collide)
  f_key        phonetic key of the first family name's stem
  f_keys       stem keys of all family names (hyphenated names)
  n_bag        stem keys of every word of the given and family names, sorted: the name whatever field
               each word was written in. Not the middle name: an Arab's middle name is his father's
               given name (Samira Karim Amrani, daughter of Karim Amrani)
  n_c1/n_c2    a given and a family word as one order-free key: the first given word with the last
               family word, and (only where it differs) the last given word with the first family
               word. "Atanasov Petkov | Veselin" (surname first, the patronymic in the given field) and
               "Veselin | Atanasov | Petkov" meet on Petkov|Veselin
  dob, dob_txt, yob      birth date (from the record, else decoded from a valid national id)
  sex          M/F (from the record, else decoded from a valid national id)
  nid, nid_kind, nid_valid   compact national id, CNP/EGN/LNCH/UNKNOWN, checksum and date check
               (NULL where an invalid id is another record's document number and this record has no
               document: then it is this record's doc)
  phone, doc, plate, nat     E.164 phone (or "?digits"), document key, canonical plate, nationality
  phone_tail   the last PHONE_TAIL digits of the phone (the line, whatever country code was assumed)
               (nid, phone, phone_tail, doc and plate are NULL where the value is on more
               than MAX_SHARED_IDENTIFIER records: a placeholder)
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import pickle
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from jointdesk.engines.linkage import identifiers, names

_SPLIT = re.compile(r"[\s\-]+")
RARE_NAME_PAIR = 40
#: An identifier (national id, phone, document, plate) carried by more records than this identifies
#: no one: a placeholder ("0721000000", "XX000000"), a switchboard, a fleet car. It is dropped from
#: the features, so it neither links records nor makes blocking quadratic (20,000 records sharing
#: one phone would be 200 million candidate pairs). Legitimately shared values (a household's or a
#: migrant group's phone, the car a group was caught in) stay far below it.
MAX_SHARED_IDENTIFIER = 100
#: Digits at the end of a phone number that identify the line whatever country code was written or
#: assumed: a Ukrainian's 0938 869 492 typed in a Bulgarian file and +380 938 869 492 in a Romanian
#: one, a Syrian's 723 417 530 read as Romanian and +93 723 417 530. Eight digits: the shortest
#: national numbers (Moldova) have eight.
PHONE_TAIL = 8
#: Letters a family name must have after a leading "al" for the article to be read as droppable
#: (Al Ali = Ali; Albu, Alba keep their al).
ARTICLE_MIN_REST = 3
#: A given-name spelling carried by at least this many records, and by at least 1 per
#: ESTABLISHED_PER records, is an established name rather than a slip of the pen.
ESTABLISHED_MIN = 5
ESTABLISHED_PER = 20_000


#: Arabic articles and kinship particles are written joined, hyphenated or apart ("Al-Hassan",
#: "Al Hassan", "Alhassan", "El-Hassan"): glue them to the next token and unify al/el/ul.
_PARTICLES = {
    "al": "al",
    "el": "al",
    "ul": "al",
    "abu": "abu",
    "abou": "abu",
    "bin": "bin",
    "ben": "bin",
    "ibn": "bin",
}


def _tokens(folded: str) -> list[str]:
    raw = [tok for tok in _SPLIT.split(folded) if tok]
    out: list[str] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        if tok in _PARTICLES and i + 1 < len(raw):
            out.append(_PARTICLES[tok] + raw[i + 1])
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def _safe(func: Callable[[str], str], value: str) -> str:
    try:
        return func(value)
    except Exception:  # a normaliser must never stop a run: an odd value becomes weak evidence
        return ""


def name_row(
    raw: str,
) -> tuple[str | None, str | None, str | None, list[str], list[str], list[str], list[str]]:
    """fold, first given key, first stem key, all given keys, all stem keys, and the keys of the first
    word and of its stem under the other readings of its letters (names.name_key_readings)."""
    folded = _safe(names.fold, raw)
    toks = _tokens(folded)
    if not toks:
        return None, None, None, [], [], [], []
    gkeys = [k for k in (_safe(names.name_key, t) for t in toks) if k]
    skeys = [k for k in (_safe(lambda t: names.name_key(names.surname_stem(t)), t) for t in toks) if k]
    galts = _readings(toks[0])
    if len(toks) > 1:  # a compound written apart or joined: Abdel Kader = Abdulkader, Ali Reza = Alireza
        galts = sorted(set(galts) | set(_readings("".join(toks))))
    salts = _readings(_safe(names.surname_stem, toks[0]))
    if toks[0][:2] == "al" and len(toks[0]) >= 2 + ARTICLE_MIN_REST:
        # the Arabic article is written, hyphenated, joined or left out: Al-Halabi = Halabi
        salts = sorted(set(salts) | set(_readings(_safe(names.surname_stem, toks[0][2:]))))
    return (
        folded,
        gkeys[0] if gkeys else None,
        skeys[0] if skeys else None,
        list(dict.fromkeys(gkeys)),
        list(dict.fromkeys(skeys)),
        galts,
        salts,
    )


def _readings(token: str) -> list[str]:
    try:
        return list(names.name_key_readings(token)) if token else []
    except Exception:  # as _safe: an odd value only loses this evidence
        return []


_CNP_W = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_EGN_W = (2, 4, 8, 5, 10, 9, 7, 3, 6)
_CNP_CENTURY = {"1": 1900, "2": 1900, "5": 2000, "6": 2000}
_CNP_COUNTIES = {f"{i:02d}" for i in range(1, 49)} | {"51", "52"}
IdRow = tuple[str | None, str | None, bool, date | None, str | None]


#: SQL of identifiers.same_encoded_date: the id's date (d.bd) is the record's own (i.birth_date), to
#: the day, or to the day in any century for a foreign resident's CNP (S = 7, 8, 9).
_SAME_ENCODED_DATE = f"""(d.bd = i.birth_date OR (d.kind = 'CNP'
    AND left(d.nid, 1) IN ({", ".join(repr(s) for s in identifiers.CNP_NO_CENTURY)})
    AND strftime(d.bd, '%m%d') = strftime(i.birth_date, '%m%d') AND (year(d.bd) - year(i.birth_date)) % 100 = 0))"""


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def fast_valid_id(digits: str, nationality: str) -> IdRow | None:
    """The common case decided without python-stdnum: a well-formed, valid CNP or citizen EGN.

    A million identifiers through stdnum take minutes; the arithmetic below takes seconds. It only
    ever answers "valid" for numbers the identifiers module also accepts (tests compare the two);
    anything else (typos, LNCh, foreigners, old centuries) returns None and goes the slow way.
    """
    if len(digits) == 13 and digits[0] in _CNP_CENTURY and digits[7:9] in _CNP_COUNTIES:
        r = sum(map(operator.mul, _CNP_W, map(int, digits))) % 11
        if ("1" if r == 10 else str(r)) != digits[12]:
            return None
        born = _date(_CNP_CENTURY[digits[0]] + int(digits[1:3]), int(digits[3:5]), int(digits[5:7]))
        return None if born is None else (digits, "CNP", True, born, "M" if digits[0] in "15" else "F")
    if len(digits) == 10 and nationality.strip().upper() in ("", "BG", "BGR"):
        month = int(digits[2:4])
        if not (1 <= month <= 12 or 41 <= month <= 52):
            return None
        if str(sum(map(operator.mul, _EGN_W, map(int, digits))) % 11 % 10) != digits[9]:
            return None
        # One valid EGN in ten is also a valid LNCh; for a Bulgarian (or unstated) nationality and
        # a birth after 1900 the identifiers module reads it as the EGN (identifiers._parse_ten).
        year = 1900 + int(digits[0:2]) + (100 if month > 40 else 0)
        born = _date(year, month - 40 if month > 40 else month, int(digits[4:6]))
        return None if born is None else (digits, "EGN", True, born, "M" if int(digits[8]) % 2 == 0 else "F")
    return None


def id_row(raw: str, source: str, nationality: str = "") -> IdRow:
    """compact, kind, valid, birth date and sex (decoded from a valid id only) of one national id."""
    stripped = raw.strip()
    if stripped.isascii() and stripped.isdigit():
        fast = fast_valid_id(stripped, nationality)
        if fast is not None:
            return fast
    try:
        parsed = identifiers.parse_national_id(raw, source=source, nationality=nationality or None)
    except Exception:
        parsed = None
    if parsed is None:
        digits = re.sub(r"\s+", "", raw).upper()
        return (digits or None), "UNKNOWN", False, None, None
    if not parsed.valid:
        return (parsed.compact or None), str(parsed.kind), False, None, None
    sex = parsed.sex if parsed.sex in ("M", "F") else None
    return (parsed.compact or None), str(parsed.kind), True, parsed.birth_date, sex


_PHONE_SPACING = re.compile(r"[\s\-./()]+")


def phone_writing_key(raw: str, source: str) -> tuple[str, str]:
    """Collapse writings that must normalise alike ("+359 888 123 456", "00359888123456") to one key,
    so the expensive phonenumbers parse runs once per number rather than once per writing."""
    compact = _PHONE_SPACING.sub("", raw)
    if compact.startswith("00") and compact[2:].isdigit():
        return "+" + compact[2:], ""
    if compact.startswith("+") and compact[1:].isdigit():
        return compact, ""
    return raw, source


_phone_cache: dict[tuple[str, str], str | None] = {}
_COUNTRY_CODES = {"RO": "40", "BG": "359"}
_REGION_OF_CODE = {int(code): region for region, code in _COUNTRY_CODES.items()}


@functools.cache
def _nsn_patterns(region: str) -> tuple[re.Pattern[str], ...]:
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return ()
    descs = (meta.mobile, meta.fixed_line)
    return tuple(re.compile(d.national_number_pattern) for d in descs if d and d.national_number_pattern)


def fast_valid_phone(compact: str, source: str) -> str | None:
    """What identifiers.normalise_phone answers for a writing (E.164, or "?" and the digits when no
    reading is valid), found without libphonenumber's parsing, which is three quarters of the time
    spent on phones; None when unsure, which sends the writing to normalise_phone. Property tests
    compare the two on generated writings; benchmarks/linkage/phones_agree.py does so on every
    phone of the benchmark files and on random writings of 30 countries' numbers.

    `compact` is the writing without spacing, "00" already written as "+", and no "(0)" in it.
    normalise_phone tries, first valid wins: an international number as such; a national number as
    the source country's, then (without a trunk 0) as an international number without its "+",
    then as the other country's. Here each try is the number built from the country code and
    national number that parsing would find, checked by libphonenumber's own validity test; a
    national number that starts with 0 or with a country's trunk prefix, and digits that start
    with the RO or BG country code (which parsing may read either way), are left to parsing."""
    digits = compact[1:] if compact.startswith("+") else compact
    if not digits.isascii() or not digits.isdigit():
        return None
    if compact.startswith("+"):
        international = _international(digits)
        return "?" + digits if international == "" else international
    if source not in _COUNTRY_CODES or digits.startswith(("00", "40", "359")):
        return None
    own, other = int(_COUNTRY_CODES[source]), int(_COUNTRY_CODES["BG" if source == "RO" else "RO"])
    if digits.startswith("0"):
        nsn = digits[1:]
        if any(p.fullmatch(nsn) for p in _nsn_patterns(source)):
            return f"+{own}{nsn}"
        return _valid_e164(own, nsn) or _valid_e164(other, nsn) or "?" + digits
    if valid := _valid_e164(own, digits):
        return valid
    international = _international(digits)
    if international is None:
        return None
    return international or _valid_e164(other, digits) or "?" + digits


def _international(digits: str) -> str | None:
    """E.164 of digits read as an international number when libphonenumber holds it valid, ""
    when it does not, None when parsing might read the digits differently."""
    import phonenumbers

    if digits[:1] in ("", "0") or len(digits) > 17:
        return None
    for width in (1, 2, 3):  # country codes are prefix-free: at most one width is a code
        code = int(digits[:width])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            nsn = digits[width:]
            region = _REGION_OF_CODE.get(code)
            if region is not None and any(p.fullmatch(nsn) for p in _nsn_patterns(region)):
                return "+" + digits
            trunk = _trunk_prefix(code)
            if nsn[:1] in ("", "0") or (trunk is not None and trunk.match(nsn)):
                return None
            return _valid_e164(code, nsn) or ""
    return None


@functools.cache
def _trunk_prefix(code: int) -> re.Pattern[str] | None:
    """The national (trunk) prefix that parsing strips, for a country code's main region."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        code, phonenumbers.region_code_for_country_code(code)
    )
    pattern = meta.national_prefix_for_parsing if meta is not None else None
    return re.compile(pattern) if pattern else None


def _valid_e164(code: int, nsn: str) -> str | None:
    """ "+<code><nsn>" when libphonenumber holds that number valid (nsn: digits, no leading 0)."""
    import phonenumbers

    if not nsn or nsn[0] == "0":
        return None
    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(nsn))
    return f"+{code}{nsn}" if phonenumbers.is_valid_number(number) else None


def phone_value(raw: str, source: str) -> str | None:
    key = phone_writing_key(raw, source)
    if key in _phone_cache:
        return _phone_cache[key]
    value = fast_phone_value(raw, source, key)
    if value is None:
        value = parsed_phone_value(raw, source, key)
    if len(_phone_cache) > 500_000:
        _phone_cache.clear()
    _phone_cache[key] = value
    return value


def fast_phone_value(raw: str, source: str, key: tuple[str, str] | None = None) -> str | None:
    """phone_value's answer for a writing from fast_valid_phone, None when only parsing can tell
    (`key`: the writing's phone_writing_key, when already known)."""
    if "(0)" in raw:  # normalise_phone drops a "(0)" as a whole ("+40 (0) 721 ..."); spacing does not
        return None
    key = key or phone_writing_key(raw, source)
    return fast_valid_phone(key[0] if key[1] == "" else _PHONE_SPACING.sub("", raw), source)


def parsed_phone_value(raw: str, source: str, key: tuple[str, str] | None = None) -> str | None:
    """phone_value's answer for a writing from libphonenumber's parser (normalise_phone)."""
    key = key or phone_writing_key(raw, source)
    return _phone_value(key[0], key[1] or source)


def _phone_value(raw: str, source: str) -> str | None:
    try:
        value = identifiers.normalise_phone(raw, default_region=source)
    except Exception:
        value = None
    if value is None:
        digits = re.sub(r"\D", "", raw)
        return f"?{digits}" if digits else None
    return value or None


def _distinct(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in con.execute(sql).fetchall()]


_TEXT = pa.string()
_TEXTS = pa.list_(pa.string())
#: The lookup table of each kind of raw value: one row per distinct value, joined back on `raw`.
LOOKUP_SCHEMAS: dict[str, pa.Schema] = {
    "names": pa.schema(
        [
            ("raw", _TEXT),
            ("fold", _TEXT),
            ("gkey", _TEXT),
            ("skey", _TEXT),
            ("gkeys", _TEXTS),
            ("skeys", _TEXTS),
            ("galts", _TEXTS),
            ("salts", _TEXTS),
        ]
    ),
    "ids": pa.schema(
        [
            ("raw", _TEXT),
            ("source", _TEXT),
            ("nat", _TEXT),
            ("nid", _TEXT),
            ("kind", _TEXT),
            ("valid", pa.bool_()),
            ("bd", pa.date32()),
            ("sex", _TEXT),
            ("as_doc", _TEXT),
        ]
    ),
    "phones": pa.schema([("raw", _TEXT), ("source", _TEXT), ("val", _TEXT)]),
    "plates": pa.schema([("raw", _TEXT), ("val", _TEXT)]),
    "docs": pa.schema([("raw", _TEXT), ("val", _TEXT)]),
}


def _id_lookup(raw: str, source: str, nationality: str) -> tuple[object, ...]:
    row = id_row(raw, source, nationality)
    as_doc = None if row[2] else _safe(identifiers.id_field_as_document, raw) or None
    return (raw, source, nationality, *row, as_doc)


def _name_lookup(raw: str) -> tuple[object, ...]:
    fold, gkey, skey, gkeys, skeys, galts, salts = name_row(raw)
    return raw, fold, gkey, skey, gkeys or None, skeys or None, galts or None, salts or None


def normalised_rows(kind: str, values: list[tuple[str, ...]]) -> list[tuple[object, ...]]:
    """The lookup rows (LOOKUP_SCHEMAS[kind]) of distinct raw values. Plain Python, so that a helper
    process needs neither Arrow's conversions nor the pandas they import on first use (2 s)."""
    if kind == "names":
        return [_name_lookup(v[0]) for v in values]
    if kind == "ids":
        return [_id_lookup(v[0], v[1], v[2]) for v in values]
    if kind == "phones":
        return [(v[0], v[1], phone_value(v[0], v[1])) for v in values]
    if kind == "plates":
        return [(v[0], _safe(identifiers.canonical_plate, v[0]) or None) for v in values]
    if kind == "docs":
        return [(v[0], _safe(identifiers.document_key, v[0]) or None) for v in values]
    raise ValueError(f"unknown kind of value: {kind}")


def lookup_table(kind: str, rows: list[tuple[object, ...]]) -> pa.Table:
    schema = LOOKUP_SCHEMAS[kind]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    return pa.table(dict(zip(schema.names, columns, strict=True)), schema=schema)


#: This process's share of the normalisation against a helper's (see normalise_all).
HOME_SHARE = 1.25
#: Below this many distinct values in all, normalising in one process is quicker than starting more.
PARALLEL_MIN_VALUES = 20_000


def worker_count() -> int:
    """Processes (and DuckDB threads) to use: JOINTDESK_THREADS, else every core."""
    return int(os.environ.get("JOINTDESK_THREADS", "0")) or os.cpu_count() or 1


def helper_program(module: str, function: str) -> str:
    """The program of a helper process that applies `module.function` to one share: it reads the
    share from stdin before importing anything heavy (so the parent's write does not wait for the
    imports) and writes the result back, Python's cycle collector off as in pipeline.gc_collector
    (nothing here makes cycles worth collecting)."""
    return (
        "import gc; gc.disable(); "
        "import pickle, sys; work = pickle.load(sys.stdin.buffer); "
        f"from {module} import {function}; "
        f"pickle.dump({function}(work), sys.stdout.buffer)"
    )


def share_out(program: str, shares: Sequence[Any], local: Callable[[Any], Any]) -> list[Any]:
    """`local(share)` of every share: the first in this process, each other meanwhile in a helper
    process running `program` (helper_program). Not multiprocessing: forking would copy whatever
    lock DuckDB's running threads hold, and spawning re-runs the caller's main script. A helper
    that fails costs only time: its share is done here."""
    helpers: list[subprocess.Popen[bytes] | None] = []
    for share in shares[1:]:
        try:
            helper = subprocess.Popen(  # noqa: S603 (this interpreter, a constant program)
                [sys.executable, "-c", program],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # a traceback could quote a name: personal data is never logged
            )
        except OSError:  # no usable interpreter (an embedded Python): this process does the share
            helpers.append(None)
            continue
        threading.Thread(target=_feed, args=(helper, share), daemon=True).start()
        helpers.append(helper)
    results = [local(shares[0])]
    failed = object()
    for child, share in zip(helpers, shares[1:], strict=True):
        part: Any = failed
        if child is not None:
            try:
                assert child.stdout is not None
                part = pickle.load(child.stdout)  # noqa: S301 (written by our own helper, not external data)
            except (EOFError, pickle.UnpicklingError, OSError):
                part = failed
            finally:
                child.wait()
        results.append(local(share) if part is failed else part)
    return results


_NORMALISE_HELPER = helper_program("jointdesk.engines.linkage.features", "normalise_share")


def normalise_all(
    work: dict[str, list[tuple[str, ...]]], processes: int | None = None
) -> dict[str, pa.Table]:
    """The lookup table of each kind, its values shared out among `processes` processes.

    The normalisers are pure Python (a million records: about 30 s on one core), so threads would
    not help: this process takes one share and helper processes the others (share_out). Each value
    is normalised on its own, so the result does not depend on the number of processes (tests
    compare)."""
    procs = processes or worker_count()
    if procs < 2 or sum(len(v) for v in work.values()) < PARALLEL_MIN_VALUES:
        return {kind: lookup_table(kind, kind_rows) for kind, kind_rows in normalise_share(work).items()}
    # This process takes a larger share: a helper first starts Python and imports the normalisers,
    # and its results come back through a pipe (about 3 s of 16 at 1,000,000 records).
    weights = [HOME_SHARE] + [1.0] * (procs - 1)
    bounds = [sum(weights[:i]) / sum(weights) for i in range(procs + 1)]
    shares = [
        {kind: values[round(lo * len(values)) : round(hi * len(values))] for kind, values in work.items()}
        for lo, hi in itertools.pairwise(bounds)
    ]
    rows, *others = share_out(_NORMALISE_HELPER, shares, normalise_share)
    for part in others:
        for kind, part_rows in part.items():
            rows[kind].extend(part_rows)
    return {kind: lookup_table(kind, kind_rows) for kind, kind_rows in rows.items()}


def normalise_share(share: dict[str, list[tuple[str, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """normalised_rows of each kind: one process's share (this one's, or a helper's)."""
    return {kind: normalised_rows(kind, values) for kind, values in share.items()}


def _feed(helper: subprocess.Popen[bytes], share: Any) -> None:
    assert helper.stdin is not None
    try:
        with helper.stdin:
            pickle.dump(share, helper.stdin)
    except OSError:  # the helper died; its share is redone by the caller
        pass


def _skeleton(key: str) -> str:
    """The consonant skeleton of a phonetic key (consonants are its capitals), J read as G; NULL
    below two consonants."""
    bare = f"regexp_replace({key}, '[a-zY]', '', 'g')"
    return f"CASE WHEN length({bare}) >= 2 THEN replace({bare}, 'J', 'G') END"


#: Columns computed in SQL on a lookup table, once per distinct value rather than once per record:
#: a name's letters in sorted order, and the skeletons of its given-name and stem keys.
_DERIVED = {
    "names": f", array_to_string(list_sort(string_split(fold, '')), '') AS sorted,"
    f" {_skeleton('gkey')} AS gskel, {_skeleton('skey')} AS sskel",
}


def _split_whole_names(con: duckdb.DuckDBPyConnection) -> None:
    """A clerk who types the whole name into the given-name field ("Ana Preda", family empty) wrote
    a given and a family name: the last word becomes the family name. Not when the word before it
    binds it into one name (`names.BINDS_NEXT`, read after folding, so Cyrillic "Абу Бакр" too)."""
    written = con.execute(
        "SELECT DISTINCT given_name FROM jd_input"
        " WHERE trim(family_name) = '' AND regexp_matches(trim(given_name), '\\s')"
    ).fetchall()
    split = [
        (raw, " ".join(words[:-1]), words[-1])
        for (raw,) in written
        if len(words := raw.split()) >= 2 and names.fold(words[-2]) not in names.BINDS_NEXT
    ]
    if not split:
        return
    con.register("jd_split_arrow", pa.table(list(zip(*split, strict=True)), names=["raw", "given", "family"]))
    con.execute(
        "UPDATE jd_input SET given_name = s.given, family_name = s.family FROM jd_split_arrow s"
        " WHERE jd_input.given_name = s.raw AND trim(jd_input.family_name) = ''"
    )
    con.unregister("jd_split_arrow")


def _pair(a: str, b: str) -> str:
    """Two name keys as one order-free key ("a|b", the smaller first)."""
    return f"least({a}, {b}) || '|' || greatest({a}, {b})"


def record_ranks(record_ids: pa.ChunkedArray) -> pa.Array:
    """Each record's uid: its rank (from 1) in record_id order, by code point, as SQL's ORDER BY
    record_id ranks them. Ranked in Arrow on the ids alone: a window function over the features
    carried every column through its sort (1,000,000 records: 1.3 s)."""
    import numpy as np
    import pyarrow.compute as pc

    order = np.asarray(pc.sort_indices(record_ids))
    ranks = np.empty(len(order), dtype=np.int64)
    ranks[order] = np.arange(1, len(order) + 1, dtype=np.int64)
    return pa.array(ranks)


def build_features(con: duckdb.DuckDBPyConnection, table: pa.Table, target: str = "features") -> int:
    """Create table `target` from the checked input `table`; return the number of records."""
    con.register("jd_input_arrow", table.append_column("uid", record_ranks(table.column("record_id"))))
    con.execute("CREATE OR REPLACE TEMP TABLE jd_input AS SELECT * FROM jd_input_arrow")
    con.unregister("jd_input_arrow")
    _split_whole_names(con)
    work = {
        "names": _distinct(
            con,
            """
            SELECT DISTINCT v FROM (SELECT given_name v FROM jd_input UNION ALL
            SELECT middle_name FROM jd_input UNION ALL SELECT family_name FROM jd_input) WHERE v <> ''""",
        ),
        "ids": _distinct(
            con, "SELECT DISTINCT national_id, source, nationality FROM jd_input WHERE national_id <> ''"
        ),
        "phones": _distinct(con, "SELECT DISTINCT phone, source FROM jd_input WHERE phone <> ''"),
        "plates": _distinct(con, "SELECT DISTINCT vehicle_plate FROM jd_input WHERE vehicle_plate <> ''"),
        "docs": _distinct(con, "SELECT DISTINCT document_number FROM jd_input WHERE document_number <> ''"),
    }
    for kind, lookup in normalise_all(work).items():
        con.register("jd_lookup_arrow", lookup)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE jd_{kind} AS SELECT *{_DERIVED.get(kind, '')} FROM jd_lookup_arrow"
        )
        con.unregister("jd_lookup_arrow")
    del work

    # A document number typed into the national-id field: an invalid id whose document key is some
    # record's document is taken as that record's document, when it has none of its own (the two
    # records then share a paper, as they do; as ids they would share nothing).
    moved = "(coalesce(dc.val, '') = '' AND known.val IS NOT NULL)"
    con.execute(f"""
        CREATE OR REPLACE TABLE {target} AS
        SELECT
            i.uid,
            i.record_id, i.source,
            g.fold AS g_fold, g.gkey AS g_key, g.gkeys AS g_keys, g.skey AS g_skey, g.galts AS g_alts,
            g.sorted AS g_sort, g.gskel AS g_skel,
            m.fold AS m_fold, m.skey AS m_key,
            f.fold AS f_fold, f.skey AS f_key, f.skeys AS f_keys, f.salts AS f_alts,
            f.sorted AS f_sort, f.sskel AS f_skel,
            list_sort(list_distinct(list_concat(coalesce(g.skeys, []), coalesce(f.skeys, [])))) AS n_bag,
            {_pair("g.skeys[1]", "f.skeys[-1]")} AS n_c1,
            CASE WHEN g.skeys[-1] <> g.skeys[1] OR f.skeys[-1] <> f.skeys[1]
                 THEN {_pair("g.skeys[-1]", "f.skeys[1]")} END AS n_c2,
            coalesce(i.birth_date, d.bd) AS dob,
            strftime(coalesce(i.birth_date, d.bd), '%Y%m%d') AS dob_txt,
            year(coalesce(i.birth_date, d.bd)) AS yob,
            coalesce(nullif(i.sex, ''), d.sex) AS sex,
            CASE WHEN NOT {moved} THEN d.nid END AS nid,
            CASE WHEN NOT {moved} THEN d.kind END AS nid_kind,
            coalesce(d.valid AND (i.birth_date IS NULL OR d.bd IS NULL OR {_SAME_ENCODED_DATE}), false)
                AS nid_valid,
            nullif(ph.val, '') AS phone,
            ph.tail AS phone_tail,
            CASE WHEN {moved} THEN d.as_doc ELSE nullif(dc.val, '') END AS doc,
            nullif(pl.val, '') AS plate,
            nullif(upper(i.nationality), '') AS nat
        FROM jd_input i
        LEFT JOIN jd_names g ON g.raw = i.given_name
        LEFT JOIN jd_names m ON m.raw = i.middle_name
        LEFT JOIN jd_names f ON f.raw = i.family_name
        LEFT JOIN jd_ids d ON d.raw = i.national_id AND d.source = i.source AND d.nat = i.nationality
        LEFT JOIN (
            SELECT raw, source, val,
                   CASE WHEN length(digits) >= {PHONE_TAIL} THEN right(digits, {PHONE_TAIL}) END AS tail
            FROM (SELECT *, regexp_replace(val, '[^0-9]', '', 'g') AS digits FROM jd_phones)
        ) ph ON ph.raw = i.phone AND ph.source = i.source
        LEFT JOIN jd_docs dc ON dc.raw = i.document_number
        LEFT JOIN (SELECT DISTINCT val FROM jd_docs WHERE val <> '') known ON known.val = d.as_doc
        LEFT JOIN jd_plates pl ON pl.raw = i.vehicle_plate
    """)
    n_records = int(con.execute(f"SELECT count(*) FROM {target}").fetchall()[0][0])
    established = max(ESTABLISHED_MIN, n_records // ESTABLISHED_PER)
    shared = ("nid", "phone", "phone_tail", "doc", "plate")
    shared_ctes = ",\n".join(
        f"s_{c} AS (SELECT {c} AS v FROM {target} WHERE {c} IS NOT NULL GROUP BY ALL "
        f"HAVING count(*) > {MAX_SHARED_IDENTIFIER})"
        for c in shared
    )
    shared_cols = ", ".join(f"CASE WHEN s_{c}.v IS NULL THEN t.{c} END AS {c}" for c in shared)
    shared_cols += ", CASE WHEN s_nid.v IS NULL THEN t.nid_kind END AS nid_kind"
    shared_cols += ", t.nid_valid AND s_nid.v IS NULL AS nid_valid"
    shared_joins = "\n".join(f"LEFT JOIN s_{c} ON s_{c}.v = t.{c}" for c in shared)
    # Name pairs rare enough to compare records that lack a birth date (common pairs never reach
    # the threshold on names alone, so blocking them would only cost time).
    # Counted by GROUP BY and joined back: window functions would carry every column (lists among
    # them) through four partitionings (1,000,000 records: 7 s against 2 s).
    con.execute(f"""
        CREATE OR REPLACE TABLE {target} AS
        WITH
            ge AS (SELECT g_fold, count(*) AS n FROM {target} GROUP BY ALL),
            gf AS (SELECT g_key, f_key, count(*) AS n FROM {target} GROUP BY ALL),
            gs AS (SELECT least(g_skey, f_key) AS a, greatest(g_skey, f_key) AS b, count(*) AS n
                   FROM {target} GROUP BY ALL),
            gm AS (SELECT g_key, m_key, count(*) AS n FROM {target} GROUP BY ALL),
            {shared_ctes}
        SELECT t.* REPLACE ({shared_cols}),
               CASE WHEN ge.n >= {established} THEN ge.n END AS g_est,
               CASE WHEN gf.n <= {RARE_NAME_PAIR} THEN t.g_key || '|' || t.f_key END AS gf_rare,
               CASE WHEN gs.n <= {RARE_NAME_PAIR} AND t.g_skey IS NOT NULL AND t.f_key IS NOT NULL
                    THEN gs.a || '|' || gs.b END AS gf_set,
               CASE WHEN gm.n <= {RARE_NAME_PAIR} THEN t.g_key || '|' || t.m_key END AS gm_rare
        FROM {target} t
        LEFT JOIN ge ON ge.g_fold = t.g_fold
        LEFT JOIN gf ON gf.g_key = t.g_key AND gf.f_key = t.f_key
        LEFT JOIN gs ON gs.a = least(t.g_skey, t.f_key) AND gs.b = greatest(t.g_skey, t.f_key)
        LEFT JOIN gm ON gm.g_key = t.g_key AND gm.m_key = t.m_key
        {shared_joins}
    """)
    for kind in LOOKUP_SCHEMAS:
        con.execute(f"DROP TABLE IF EXISTS jd_{kind}")
    return n_records
