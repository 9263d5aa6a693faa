"""Text keys for linking: recommendation texts and unit names, normalised explicitly.

Both functions are pure, never raise on strings, and are idempotent
(``f(f(x)) == f(x)``), so a normalised key can be normalised again safely.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_rekomendasi", "normalize_unit", "sort_tokens"]

# An item number left at the start of a cell: "1.", "2)", "(3)", "4 .", "a.", "b)".
_ITEM_NUMBER = re.compile(r"^\s*(?:\(?\d{1,3}\s*[.)]|\(\d{1,3}\)|\(?[a-z]\s*[).])(?!\d)")
# Bullets and dashes a renderer leaves at the start of a cell.
_BULLET = re.compile(r"^\s*[-\u2022\u2013\u2014*\u00b7>]+")
# The imperative opening of Inspektorat recommendations: "Agar", "Agar kedepannya",
# "Agar ke depan", "Diharapkan agar", "Disarankan agar", "Supaya".
_OPENING = re.compile(
    r"^\s*(?:(?:diharapkan|disarankan|direkomendasikan)\s+)?(?:agar|supaya)\b"
    r"(?:\s*(?:ke\s*depan(?:nya)?|selanjutnya|kedepan(?:nya)?)\b)?[\s,:]*"
)
# Everything that is not a letter or a digit separates words.
_NON_WORD = re.compile(r"[^\w]+|_+")
_SPACES = re.compile(r"\s+")

# Unit names: abbreviations written out, so "Kec. Paringin" = "Kecamatan Paringin".
_UNIT_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bkec\b\.?"), "kecamatan "),
    (re.compile(r"\bkel\b\.?"), "kelurahan "),
    (re.compile(r"\bkab\b\.?"), "kabupaten "),
)
# "... Kabupaten Balangan" at the end of a unit name adds nothing within one kabupaten.
_KABUPATEN_SUFFIX = re.compile(r"\s+(?:di\s+lingkungan\s+)?(?:pemerintah\s+)?kabupaten\s+\w+$")


def _fold(text: str) -> str:
    """Unicode compatibility form (ligatures, full-width digits, NBSP) and case folded."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _strip_openings(text: str) -> str:
    """Remove item numbers, bullets and "agar ..." at the start until none is left."""
    previous = None
    while previous != text:
        previous = text
        text = _BULLET.sub("", text)
        text = _ITEM_NUMBER.sub("", text, count=1)
        text = _OPENING.sub("", text, count=1)
    return text


def _words(text: str) -> str:
    """Punctuation to spaces, whitespace collapsed, ends trimmed."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()


def normalize_rekomendasi(text: str | None) -> str:
    """The comparison key of a recommendation text.

    Lower case; the leading item number (``1.``, ``2)``), bullet and imperative opening
    (``Agar``, ``Agar kedepannya``) removed; punctuation turned into spaces; whitespace
    collapsed. ``None`` and blank text give ``""``.

    >>> normalize_rekomendasi("2. Agar Membuat diagram  Crosscutting.")
    'membuat diagram crosscutting'
    """
    if not text:
        return ""
    text = _strip_openings(_fold(text))
    # Punctuation removal can expose another opening ("- agar", "1 . agar"): strip again,
    # so that the function is idempotent.
    return _strip_openings(_words(text)).strip()


def normalize_unit(name: str | None) -> str:
    """The blocking key of a unit name: ``Kec. Paringin`` = ``KECAMATAN PARINGIN``.

    >>> normalize_unit("Kec. Paringin Selatan")
    'kecamatan paringin selatan'
    """
    if not name:
        return ""
    text = _fold(name)
    for pattern, replacement in _UNIT_ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    text = _words(text)
    previous = None
    while previous != text:
        previous, text = text, _KABUPATEN_SUFFIX.sub("", text)
    return text


def sort_tokens(key: str) -> str:
    """The words of a normalised key in sorted order, joined by single spaces.

    ``fuzz.ratio`` over sorted keys equals ``fuzz.token_sort_ratio`` over the keys, and
    sorting once per text instead of once per comparison makes ``cdist`` several times
    faster.
    """
    return " ".join(sorted(key.split()))
