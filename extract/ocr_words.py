"""OCR words before they are placed: noise dropped, typical slips of the engine repaired.

Only repairs that cannot change a correctly read word: the domain parsers (normalize/
angka, skor, nip, pangkat, status) read look-alike letters inside numbers themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extract.layout import Word

# Below this confidence a word made of no letter or digit is speckle, a rule fragment or
# a stroke of a stamp, not print.
NOISE_CONF = 60.0
_ALNUM = re.compile(r"[0-9A-Za-zÀ-ÿ]")
# Quotes come back in many shapes; the documents use plain ones.
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})


def is_noise(word: Word) -> bool:
    """A low-confidence mark without a letter or digit in it."""
    conf = word.conf if word.conf is not None else 100.0
    return conf < NOISE_CONF and not _ALNUM.search(word.text)


def repair(text: str) -> str:
    """Normalise quote shapes; everything else stays as read."""
    return text.translate(_QUOTES)


def clean_words(words: Sequence[Word]) -> list[Word]:
    """Words without the noise, each repaired."""
    out = []
    for w in words:
        if is_noise(w):
            continue
        text = repair(w.text)
        out.append(w if text == w.text else replace(w, text=text))
    return out
