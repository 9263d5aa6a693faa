"""Pangkat and golongan of a civil servant: "Pembina Tk. I (IV/b)" -> ("Pembina Tk. I", "IV/b").

The golongan is a roman ruang I-IV and a letter a-e joined by ``/``, ``.``, ``-``, a blank
or nothing ("IV/b", "III.d", "IV b", "IVb"); it is returned as ``IV/b`` when that golongan
exists, else None.
The pangkat is what remains, with ``Tk.``/``Tk``/``Tkt``/``Tingkat`` + ``I``/``1`` read as
"Tk. I", matched to the official names (PP 99/2000) with RapidFuzz (ratio >= 85) to absorb OCR
typos ("Pembna Tk. I"). Neither part is inferred from the other: a pangkat that disagrees with
its golongan is returned as written for a validator to flag.
"""

from __future__ import annotations

import re
from typing import Final

from rapidfuzz import fuzz, process

GOLONGAN_PANGKAT: Final[dict[str, str]] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tk. I",
    "I/c": "Juru",
    "I/d": "Juru Tk. I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tk. I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tk. I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PANGKAT_GOLONGAN: Final[dict[str, str]] = {v: k for k, v in GOLONGAN_PANGKAT.items()}
FUZZY_CUTOFF: Final = 85.0

# OCR writes the I of a ruang as l or |: "lV/b", "Ill/d". The letter after a separator may be
# any letter (an impossible "IV/f" is still cut off the pangkat) except a roman digit, so that
# "Tk. I / I.d" does not read "I / I" as a golongan.
_GOLONGAN = re.compile(
    r"(?<![A-Za-z])(?P<ruang>[Il|]V|[Il|]{1,3})"
    r"(?:\s*[/.\-]\s*(?P<huruf>(?![IVXl])[A-Za-z])|\s(?P<spaced>[a-eA-E])|(?P<glued>[a-eA-E]))"
    r"(?![A-Za-z])"
)
_TINGKAT = re.compile(r"\b(?:tingkat|tkt|tk)\b\s*\.?\s*(?:i|1|l)(?![A-Za-z0-9])", re.IGNORECASE)
_LABEL = re.compile(r"\b(?:pangkat|golongan|gol|ruang)\b\.?\s*[:/]?", re.IGNORECASE)


def _key(text: str) -> str:
    """Comparison key: lower case, letters and single spaces, "Tk. I" spelled one way."""
    text = _TINGKAT.sub(" tk i ", text)
    return " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())


_KEYS: Final[dict[str, str]] = {_key(p): p for p in PANGKAT_GOLONGAN}


def _golongan(text: str) -> tuple[str | None, str]:
    """The last golongan-shaped token of ``text`` (None unless it exists) and the text
    without it, so that even an impossible "IV/f" does not spoil the pangkat."""
    matches = list(_GOLONGAN.finditer(text))
    if not matches:
        return None, text
    m = matches[-1]
    ruang = m["ruang"].replace("l", "I").replace("|", "I")
    gol = f"{ruang}/{(m['huruf'] or m['spaced'] or m['glued']).lower()}"
    rest = text[: m.start()] + " " + text[m.end() :]
    return (gol if gol in GOLONGAN_PANGKAT else None), rest


def _pangkat(text: str) -> str | None:
    """Official spelling of the pangkat written in ``text``, or None."""
    key = _key(_LABEL.sub(" ", text))
    if not key:
        return None
    if key in _KEYS:
        return _KEYS[key]
    best = process.extractOne(key, list(_KEYS), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return _KEYS[best[0]] if best else None


def split_pangkat(text: str | None) -> tuple[str | None, str | None]:
    """Split "Pembina Tk. I (IV/b)" into (pangkat, golongan); None for a part not found."""
    if not isinstance(text, str):
        return None, None
    text = " ".join(text.split())
    golongan, rest = _golongan(text)
    pangkat = _pangkat(rest)
    if pangkat is None and golongan is None:
        # a golongan OCR spoilt beyond reading ("Penata Tk. I / NI.d"): the pangkat before
        # its separator
        pangkat = _pangkat(re.split(r"[/(,]", rest)[0])
    return pangkat, golongan
