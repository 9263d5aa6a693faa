"""Indonesian mobile numbers as E.164 (``+628...``).

Accepted spellings: ``08xx``, ``+62 8xx``, ``62 8xx``, ``0062 8xx``, ``+62 (0) 8xx`` and a bare
``8xx`` whose leading 0 was lost, with any spaces, dashes, dots or parentheses between digit
groups. A cell holding several numbers ("0812... / 0813...") gives the first valid one.
The result must be ``+628`` followed by 8-11 more digits (9-12 digits after ``+62``);
landlines (``0526 ...``) and anything else give None.
"""

from __future__ import annotations

import re
from typing import Final

from normalize.angka import ocr_digits

_E164: Final = re.compile(r"\+628[0-9]{8,11}")
_SPLIT: Final = re.compile(r"[/,;]|\b(?:atau|dan|or)\b", re.IGNORECASE)
_TOKEN: Final = re.compile(r"\S+")


def _digits(part: str) -> str:
    """The digits of ``part``, reading OCR look-alikes (``O``, ``l``) inside digit groups."""
    return re.sub(r"[^0-9]", "", _TOKEN.sub(lambda m: ocr_digits(m[0]), part))


def _national(digits: str) -> str | None:
    """The national significant number (starting with 8) of a dialled digit string."""
    # "462": OCR's reading of "+62" (the plus taken for a 4); no dialled number starts so
    for prefix in ("0062", "462", "62"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
            break
    digits = digits.removeprefix("0")
    return digits if digits.startswith("8") else None


def hp_e164(text: str | None) -> str | None:
    """Normalise an Indonesian mobile number to ``+628...``, or None."""
    if not isinstance(text, str):
        return None
    for part in _SPLIT.split(text):
        national = _national(_digits(part))
        if national is not None and _E164.fullmatch("+62" + national):
            return "+62" + national
    return None


def is_mobile_e164(s: str | None) -> bool:
    """True for ``+628`` followed by 8-11 digits."""
    return isinstance(s, str) and _E164.fullmatch(s) is not None
