"""WAKTU PELAKSANAAN cell -> year and period.

``tahun`` is the last 4-digit year 1900-2099 in the text (the end of a range is the deadline).
``periode`` is the first period expression, in canonical case:

* ``Semester``/``Smt``/``Sem`` and ``Triwulan``/``Tw``/``Trw``/``Kuartal``/``Q`` with a roman or
  arabic numeral; arabic 1-12 become roman ("Semester 2" -> "Semester II"); a range keeps both
  ends ("Triwulan I - IV"). Invalid numbers are kept as written ("Semester IV"): the validator
  flags them with :func:`is_periode_valid`;
* month names and common abbreviations, Indonesian or English, as the full Indonesian name
  ("Des", "Nopember", "December" -> "Desember"/"November"); a month range becomes
  "Juni - Desember". A day of the month is dropped: "31 Desember 2024" -> "Desember";
* a numeric date "31/12/2024" or "12/2024" gives its month.

"Tahun 2025" and "2024" have no period. A text with neither gives ``Waktu(None, None)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Waktu:
    """Year and period of a waktu pelaksanaan; None where not stated."""

    tahun: int | None
    periode: str | None


_BULAN: Final = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ALIAS: Final[dict[str, str]] = {
    "jan": "Januari",
    "january": "Januari",
    "feb": "Februari",
    "peb": "Februari",
    "pebruari": "Februari",
    "febuari": "Februari",
    "february": "Februari",
    "mar": "Maret",
    "march": "Maret",
    "apr": "April",
    "may": "Mei",
    "jun": "Juni",
    "june": "Juni",
    "jul": "Juli",
    "july": "Juli",
    "agt": "Agustus",
    "agu": "Agustus",
    "ags": "Agustus",
    "agust": "Agustus",
    "aug": "Agustus",
    "august": "Agustus",
    "sep": "September",
    "sept": "September",
    "okt": "Oktober",
    "oct": "Oktober",
    "october": "Oktober",
    "nov": "November",
    "nop": "November",
    "nopember": "November",
    "des": "Desember",
    "dec": "Desember",
    "december": "Desember",
} | {b.lower(): b for b in _BULAN}
_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_NAME = "|".join(sorted(_ALIAS, key=len, reverse=True))
_MONTH = rf"(?<![^\W\d_])(?:{_NAME})(?![^\W\d_])\.?"
_TO = r"\s*(?:-|–|—|s\s*[./]?\s*d\b\.?|sampai(?:\s+dengan)?|hingga|sd\b)\s*"
_KIND = r"(?:semester|smt|sem|triwulan|tri\s*wulan|trw|tw|kuartal|q)"
# "|" and "l" are OCR's I ("Semester |", "Semester Il")
_NUMERAL = r"(?:[ivxl|]+|[0-9]{1,2})(?![\w|])"
_OCR_ROMAN = str.maketrans({"|": "I", "l": "I", "L": "I"})

_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_PERIOD = re.compile(
    rf"(?<![^\W\d_])(?P<kind>{_KIND})\s*\.?\s*(?:ke\s*-?\s*)?(?P<a>{_NUMERAL})"
    rf"(?:{_TO}(?:{_KIND}\s*\.?\s*)?(?P<b>{_NUMERAL}))?",
    re.IGNORECASE,
)
_MONTH_RANGE = re.compile(
    rf"(?P<a>{_MONTH})(?:\s*(?:19|20)[0-9]{{2}})?{_TO}(?:[0-9]{{1,2}}\s+)?(?P<b>{_MONTH})",
    re.IGNORECASE,
)
_ONE_MONTH = re.compile(_MONTH, re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"(?<![0-9/.-])(?:[0-9]{1,2}[/.-])?(?P<m>[0-9]{1,2})[/.-](?:19|20)[0-9]{2}(?![0-9])"
)
_VALID_PERIOD = re.compile(r"(semester|triwulan) ([ivx]+)(?: - ([ivx]+))?", re.IGNORECASE)


def _numeral(raw: str, limit: int = 12) -> str:
    """Roman numeral for 1-12 written in arabic; anything else upper-cased as written.

    ``limit``: the kind's last period (2 semesters, 4 triwulan). Ones beyond it ("Triwulan
    11", OCR's reading of "II") are the roman numeral they copy.
    """
    if raw.isdigit():
        n = int(raw)
        if n > limit and set(raw) == {"1"} and len(raw) <= limit:
            return "I" * len(raw)
        return _ROMAN[n - 1] if 1 <= n <= 12 else raw
    return raw.translate(_OCR_ROMAN).upper()


def _month(raw: str) -> str:
    """Canonical month name of a (possibly abbreviated) month token."""
    return _ALIAS.get(raw.rstrip(".").lower(), raw)


def _periode(text: str) -> str | None:
    """The first period expression of ``text`` in canonical form."""
    m = _PERIOD.search(text)
    if m:
        kind = "Semester" if m["kind"].lower().startswith("s") else "Triwulan"
        limit = 2 if kind == "Semester" else 4
        start = f"{kind} {_numeral(m['a'], limit)}"
        return f"{start} - {_numeral(m['b'], limit)}" if m["b"] else start
    m = _MONTH_RANGE.search(text)
    if m:
        return f"{_month(m['a'])} - {_month(m['b'])}"
    m = _ONE_MONTH.search(text)
    if m:
        return _month(m[0])
    m = _NUMERIC_DATE.search(text)
    if m and 1 <= int(m["m"]) <= 12:
        return _BULAN[int(m["m"]) - 1]
    return None


def parse_waktu(text: str | None) -> Waktu:
    """Split a waktu pelaksanaan into (tahun, periode); never raises."""
    if not isinstance(text, str):
        return Waktu(None, None)
    s = " ".join(text.split())
    years = _YEAR.findall(s)
    tahun = int(years[-1]) if years else None
    return Waktu(tahun, _periode(s))


def _roman_value(raw: str | None) -> int | None:
    """1-12 for a roman numeral, None for anything else."""
    up = (raw or "").upper()
    return _ROMAN.index(up) + 1 if up in _ROMAN else None


def is_periode_valid(periode: str) -> bool:
    """True for Semester I-II, Triwulan I-IV (or an ascending range of them), a month or a
    month range ("Juni - Desember"); case-insensitive, abbreviations of months accepted."""
    if not isinstance(periode, str):
        return False
    p = " ".join(periode.split())
    m = _VALID_PERIOD.fullmatch(p)
    if m:
        limit = 2 if m[1].lower() == "semester" else 4
        a = _roman_value(m[2])
        b = _roman_value(m[3]) if m[3] else a
        return a is not None and b is not None and 1 <= a <= b <= limit
    parts = p.split(" - ")
    return 1 <= len(parts) <= 2 and all(part.rstrip(".").lower() in _ALIAS for part in parts)
