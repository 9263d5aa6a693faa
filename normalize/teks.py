"""Text repair for cell texts: whitespace, wrapped lines, numbered items, unit names.

* :func:`collapse_ws` turns any run of whitespace into one space and drops invisible
  characters (zero-width space, BOM, soft hyphen) that PDFs leave in extracted text.
* :func:`join_lines` undoes the wrapping of a cell: one space between lines, except after
  "letter-" (Indonesian reduplication "tahun-" + "tahun" -> "tahun-tahun"), after "/", and
  inside a URL broken over lines. Each element is one line; split a text on newlines first.
* :func:`split_items` splits "1. Agar ... 2. Agar ..." where the number is the expected next
  one, so "1 (satu) Provinsi", "(n-2)", "1 periode" and "100%" are never split points.
* :func:`title_case_unit` and :func:`kabupaten_name` clean unit and regency names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def collapse_ws(text: str) -> str:
    """Single spaces, no invisible characters, no leading or trailing space."""
    if not isinstance(text, str):
        return ""
    return " ".join(text.translate(_INVISIBLE).split())


# ---- wrapped lines -------------------------------------------------------------------------

_URL_END: Final = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_URL_PART: Final = re.compile(r"[\w\-.~/?=&%#+:;@!$*,']+")
_URL_HINT: Final = re.compile(r"[/?=&_%#~]|[0-9]")


def _url_continues(prev: str, nxt: str) -> bool:
    """True when ``prev`` ends inside a URL and ``nxt`` starts with the rest of it.

    A URL can end a sentence before an ordinary word, so the next token must itself look
    like a URL piece (a path, query or id: has /?=&_%#~ or a digit), or ``prev`` must end
    in a character a URL cannot end with.
    """
    if not _URL_END.search(prev):
        return False
    head = nxt.split(" ", 1)[0]
    if not _URL_PART.fullmatch(head):
        return False
    return bool(_URL_HINT.search(head)) or prev[-1] in "/_-=?&%#~+"


def _glue(prev: str, nxt: str) -> str:
    """The separator to put between two wrapped lines."""
    if prev.endswith("/"):
        return ""
    if len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalpha():
        return ""
    return "" if _url_continues(prev, nxt) else " "


def join_lines(lines: Sequence[str]) -> str:
    """Undo line wrapping of a cell (see the module docstring for the rules)."""
    if isinstance(lines, str):
        lines = [lines]
    parts = [collapse_ws(line) for line in lines if isinstance(line, str)]
    out = ""
    for part in parts:
        if not part:
            continue
        out = part if not out else out + _glue(out, part) + part
    return out


# ---- numbered items ------------------------------------------------------------------------

# A number 1-99 closed by "." or ")", standing alone (after a space, start or sentence mark,
# never after "-" or "(" as in "(n-2)"), and followed by the item's first word or bracket.
_MARKER: Final = re.compile(r"(?<![^\s.;:,])(?P<n>[0-9]{1,2})[.)](?=\s*[^\W\d_]|\s*[\"“'(\[])")
# "(1)" "(2)": the bracketed style. A cell is split in the style its first item uses, so
# "1. Agar memperbaiki (1) Renstra dan (2) Renja" stays one item.
_PAREN_MARKER: Final = re.compile(r"(?<![^\s.;:,])\((?P<n>[0-9]{1,2})\)(?=\s*[^\W\d_]|\s*[\"“'\[])")


# "A.1" "A.2": items numbered within their komponen's letter (the number is the item's)
_LETTERED_MARKER: Final = re.compile(r"(?<!\S)[A-E]\.(?P<n>[0-9]{1,2})(?=\s+[^\W\d_])")


# "i." "ii." "iii.": items numbered with lower-case roman numerals
_ROMAN_MARKER: Final = re.compile(r"(?<![^\s.;:,])(?P<n>i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s+[^\W\d_])")
_ROMAN_VALUES: Final = {"i": 1, "v": 5, "x": 10}


def _item_number(m: re.Match[str]) -> int:
    """The number a marker gives: digits, or a lower-case roman numeral."""
    n = m["n"]
    if n.isdigit():
        return int(n)
    values = [_ROMAN_VALUES[c] for c in n]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _next_marker(s: str, number: int) -> re.Match[str] | None:
    """The first "<number>." / "<number>)" marker in ``s``."""
    return next((m for m in _MARKER.finditer(s) if _item_number(m) == number), None)


def _first_marker(s: str) -> tuple[re.Pattern[str], re.Match[str]] | None:
    for pattern in (_MARKER, _PAREN_MARKER, _LETTERED_MARKER, _ROMAN_MARKER):
        m = pattern.match(s)
        if m is not None and _item_number(m) > 0:
            return pattern, m
    return None


def strip_item_number(text: str) -> tuple[int | None, str]:
    """Split a leading "1." / "1)" / "(1)" off ``text``: (1, rest); (None, text) without."""
    s = collapse_ws(text)
    found = _first_marker(s)
    if found is None:
        return None, s
    m = found[1]
    return _item_number(m), s[m.end() :].strip()


# "a." / "b)" opening a cell's items instead of numbers. Only when the cell starts with one:
# inside a numbered item, letters mark a sub-list that belongs to the item.
_LETTER: Final = re.compile(r"(?<![^\s.;:,])(?P<l>[a-z])[.)](?=\s+[^\W\d_]|\s*[\"“'(\[])")


def _split_lettered(s: str) -> list[tuple[int | None, str]]:
    first = _LETTER.match(s)
    assert first is not None
    letter, start = first["l"], first.end()
    items: list[tuple[int | None, str]] = []
    for m in _LETTER.finditer(s, start):
        if ord(m["l"]) == ord(letter) + 1:
            items.append((ord(letter) - ord("a") + 1, s[start : m.start()].strip()))
            letter, start = m["l"], m.end()
    items.append((ord(letter) - ord("a") + 1, s[start:].strip()))
    return items


def split_items(text: str, after: int | None = None) -> list[tuple[int | None, str]]:
    """Split a cell of numbered items into (number, text) pairs.

    The first item may carry any number (a cell continued from the previous page starts at
    "3."); after it only the next number in sequence, in the first's style ("2." or "(2)"),
    splits. Items lettered "a.", "b." are
    numbered 1, 2. A text that does not start with
    a number is one item ``(None, text)``, unless it goes on from item ``after`` (a cell
    continued from the previous page mid-item): then item ``after`` + 1 splits it too. An
    empty text gives ``[]``.
    """
    s = collapse_ws(text)
    if not s:
        return []
    # "i." opens a list numbered in roman numerals, not a lettered list's ninth item
    if _LETTER.match(s) and not _ROMAN_MARKER.match(s):
        return _split_lettered(s)
    found = _first_marker(s)
    if found is None:
        nxt = None if after is None else _next_marker(s, after + 1)
        if nxt is None:
            return [(None, s)]
        head = s[: nxt.start()].strip()
        return [(None, head), *split_items(s[nxt.start() :])] if head else split_items(s)
    pattern, first = found
    items: list[tuple[int | None, str]] = []
    number, start = _item_number(first), first.end()
    for m in pattern.finditer(s, first.end()):
        if _item_number(m) == number + 1:
            items.append((number, s[start : m.start()].strip()))
            number, start = number + 1, m.end()
    items.append((number, s[start:].strip()))
    return items


# ---- unit and regency names ----------------------------------------------------------------

ACRONYMS: Final = frozenset(
    (
        "RSUD",
        "DPRD",
        "BPBD",
        "BAPPEDA",
        "BAPPEDALITBANG",
        "BAPPELITBANGDA",
        "BKPSDM",
        "BKPP",
        "BKD",
        "BPKAD",
        "BPKPAD",
        "BPKD",
        "BPPRD",
        "DPMPTSP",
        "PTSP",
        "PUPR",
        "PUPRP",
        "PUPRPKP",
        "DLH",
        "DPKP",
        "PMD",
        "DPMD",
        "KB",
        "PPKB",
        "DPPKB",
        "P3A",
        "DP3A",
        "DP3AP2KB",
        "DPPPA",
        "UPT",
        "UPTD",
        "SKPD",
        "OPD",
        "PP",
        "RI",
        "SD",
        "SMP",
        "SMA",
        "SMK",
        "PAUD",
        "KUA",
        "BLUD",
        "BUMD",
        "PDAM",
        "KORPRI",
        "PKK",
        "LPSE",
        "UKPBJ",
        "ULP",
        "PPID",
        "TIK",
        "UMKM",
        "UKM",
        "ESDM",
        "SDM",
        "BPS",
        "BNN",
        "BNNK",
        "BAZNAS",
        "PMI",
        "KPU",
        "IGD",
        "SAKIP",
        "AKIP",
    )
)
SMALL_WORDS: Final = frozenset(
    (
        "dan",
        "serta",
        "di",
        "ke",
        "dari",
        "atau",
        "yang",
        "untuk",
        "pada",
        "dengan",
        "dalam",
        "oleh",
        "bagi",
    )
)
_ABBREV: Final = {"kec": "Kecamatan", "kab": "Kabupaten", "kel": "Kelurahan"}
_ABBREV_RE: Final = re.compile(r"(?<![^\W_])(kec|kab|kel)(?:\.\s*|\s+)(?=[^\W\d_])", re.I)
_WORD: Final = re.compile(r"[^\W_]+")
_ROMAN: Final = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})", re.IGNORECASE)


def _is_roman(word: str) -> bool:
    """A roman numeral up to XXXIX ("UPT Puskesmas Paringin II")."""
    return len(word) <= 4 and bool(_ROMAN.fullmatch(word)) and word.lower() not in SMALL_WORDS


def _shouting(text: str) -> bool:
    """True when no ordinary word (2+ cased letters, not an acronym) has a lower-case letter.

    Words with one letter ("a0") do not count: capitalising them removes their only
    lower-case letter, and the verdict must not change on a second pass.
    """
    for word in _WORD.findall(text):
        cased = sum(c.isupper() or c.islower() for c in word)
        if cased < 2 or word.upper() in ACRONYMS or _is_roman(word):
            continue
        if word.lower() in _PERSONAL_TITLES:
            continue  # "RSUD Dr. SOETOMO": a title written as titles are, in capitals
        if any(c.islower() for c in word):
            return False
    return True


# titles before a person's name, written "Dr." / "dr." / "Hj." inside a title in capitals
_PERSONAL_TITLES: Final = frozenset({"dr", "drg", "drs", "dra", "ir", "hj", "prof"})


def _case(word: str, first: bool, shouting: bool) -> str:
    """The case a word takes in a unit name."""
    if not len(word) == len(word.upper()) == len(word.lower()):
        # "ß" -> "SS", "ǰ" -> "J" + combining caron: changing them would change the words.
        return word
    if word.upper() in ACRONYMS or _is_roman(word):
        return word.upper()
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    if not shouting and not word.islower():
        # Written in mixed case on purpose ("Kominfo", "LKjIP"): keep it.
        return word
    return word.capitalize()


def title_case_unit(text: str) -> str:
    """Title-case a unit name: "KECAMATAN PARINGIN" -> "Kecamatan Paringin".

    Known acronyms (RSUD, DPRD, BAPPEDA...) and roman numerals stay upper case; "dan",
    "serta", "di"... are lower case except as the first word.
    An all-capitals text is title-cased word by word; a mixed-case text keeps words written
    with capitals inside them. "Kec." / "Kab." / "Kel." are spelled out.
    """
    s = collapse_ws(text)
    shouting = _shouting(s)
    s = _ABBREV_RE.sub(lambda m: _ABBREV[m[1].lower()] + " ", s)
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _case(m[0], count == 1, shouting)

    out = _WORD.sub(repl, s)
    # a hospital named after a physician: the medical title is written "dr." ("Rumah
    # Sakit Umum Daerah dr. Djasamen Saragih"), capitals or not
    return _HOSPITAL_DR.sub("dr.", out) if _HOSPITAL.match(out) else out


_HOSPITAL: Final = re.compile(r"(?:rumah\s+sakit|rsud|rsu)\b", re.IGNORECASE)
_HOSPITAL_DR: Final = re.compile(r"(?<![\w.])Dr\.(?=\s+[A-Z])")


_KAB_RE: Final = re.compile(
    r"(?<![^\W_/])(?:kabupaten\s+|kab\.\s*|kab\s+|pemkab\.?\s+)(?P<nama>[^\W\d_][\w' -]*)",
    re.IGNORECASE,
)
_KOTA_RE: Final = re.compile(
    r"(?<![^\W_/])(?:kota\s+|pemkot\.?\s+)(?P<nama>[^\W\d_][\w' -]*)", re.IGNORECASE
)
_NOT_NAME: Final = frozenset(
    (
        "provinsi",
        "prov",
        "tahun",
        "dan",
        "di",
        "se",
        "dalam",
        "yang",
        "pada",
        "untuk",
        "dengan",
        "kecamatan",
        "distrik",
        "kabupaten",
        "kota",
        "dinas",
        "badan",
        "sekretariat",
        "pemerintah",
        "nomor",
        "no",
        # the title's words after a "PEMERINTAH KABUPATEN X" line joined above it
        "rencana",
        "monitoring",
        "matriks",
        "laporan",
        "hasil",
        "tindak",
        "evaluasi",
        "sakip",
    )
)


def _name_words(raw: str) -> str | None:
    """Up to three capitalised words of a regency name, stopping at a non-name word."""
    words: list[str] = []
    for word in raw.split():
        if not word[:1].isupper() or word.lower() in _NOT_NAME or len(words) == 3:
            break
        words.append(word)
    return title_case_unit(" ".join(words)) if words else None


def kabupaten_name(text: str) -> str | None:
    """Regency or city name without its prefix: "KABUPATEN BALANGAN" -> "Balangan"."""
    s = collapse_ws(text)
    for pattern in (_KAB_RE, _KOTA_RE):
        for m in pattern.finditer(s):
            name = _name_words(m["nama"])
            if name:
                return name
    return None
