"""SAKIP components (komponen) and the section rows that open them in a table.

A section row is short: an optional code letter ("A", "A.", "A)") and a component name,
perhaps followed by its weight in parentheses. The name is matched with RapidFuzz (ratio >= 85
on a lower-case, letters-only key) against the 2021 and 2015 names and a few variants, so an
OCR slip ("Pelaporan Kinerla") still matches while a hasil evaluasi sentence ("Perencanaan
Kinerja memperoleh nilai ...") does not: a candidate must be within 3 characters of the
row's length. The code comes from the name, not from the
printed letter, which OCR garbles more easily than a whole name.
"""

from __future__ import annotations

import re
from typing import Final

from rapidfuzz import fuzz, process

# PermenPANRB 88/2021.
KOMPONEN: Final[dict[str, str]] = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}
# PermenPANRB 12/2015.
KOMPONEN_2015: Final[dict[str, str]] = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Internal",
    "E": "Capaian Kinerja",
}
FUZZY_CUTOFF: Final = 85.0
_MAX_LENGTH: Final = 80
_LENGTH_SLACK: Final = 3

# Written variant -> (kode, canonical name).
_VARIANTS: Final[dict[str, tuple[str, str]]] = {
    **{name: (kode, name) for kode, name in KOMPONEN_2015.items()},
    **{name: (kode, name) for kode, name in KOMPONEN.items()},
    "Evaluasi Kinerja Internal": ("D", KOMPONEN["D"]),
    "Evaluasi Akuntabilitas Kinerja": ("D", KOMPONEN["D"]),
    "Evaluasi AKIP Internal": ("D", KOMPONEN["D"]),
    "Evaluasi Internal Akuntabilitas Kinerja": ("D", KOMPONEN["D"]),
}
# "A", "A.", "Komponen A:", "A Komponen", "I." (roman: the fuzzy name decides the kode);
# OCR reads a lone "C" as "Cc" now and then, a roman I as "l" or "|" ("Ill," for "III.")
_PREFIX: Final = re.compile(
    r"(?:komponen\s*)?(?:(?P<kode>[A-Ea-e])(?P=kode)?|[Il|]{1,3}|[Il|]V|V)(?:\s*[.):,]\s*|\s+)"
    r"(?:komponen\s+)?",
    re.I,
)
# "KOMPONEN ..." with no letter, or after a letter OCR garbled ("Cc", "8."), or "Komponen:":
# the name decides
_BARE_KOMPONEN: Final = re.compile(r"^(?:\S{1,3}\s+)?komponen\s*:?\s+", re.I)
_WEIGHT: Final = re.compile(r"\([^)]*\)|\bbobot\b.*$|[0-9.,]+\s*%?", re.IGNORECASE)


def _key(text: str) -> str:
    """Lower-case letters and single spaces."""
    return " ".join(re.sub(r"[^a-z]+", " ", text.lower()).split())


_KEYS: Final[dict[str, tuple[str, str]]] = {_key(k): v for k, v in _VARIANTS.items()}


def parse_section(text: str) -> tuple[str, str] | None:
    """(kode, canonical name) of a section row such as "A. PERENCANAAN KINERJA", else None."""
    if not isinstance(text, str):
        return None
    s = " ".join(text.split())
    if not s or len(s) > _MAX_LENGTH:
        return None
    m = _PREFIX.match(s)
    # "KOMPONEN PENGUKURAN KINERJA" without a letter: it has a cell of its own (or is lost)
    s = s[m.end() :] if m else _BARE_KOMPONEN.sub("", s)
    key = _key(_WEIGHT.sub(" ", s))
    if not key:
        return None
    if key in _KEYS:
        return _KEYS[key]
    # Typos barely change the length; an extra word ("... Kinerja telah") is a sentence.
    near = [k for k in _KEYS if abs(len(k) - len(key)) <= _LENGTH_SLACK]
    best = process.extractOne(key, near, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return _KEYS[best[0]] if best else None
