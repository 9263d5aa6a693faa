"""NIP (Nomor Induk Pegawai): 18 digits, printed ``19860421 200412 1 001``.

:func:`parse_nip` drops a leading ``NIP``/``NIP.``/``NIP :`` label and joins the run of digit
groups that follows. OCR look-alikes are repaired inside a group (``O`` -> 0, ``l``/``I`` -> 1,
``S`` -> 5) only when the rest of the group is digits; a lone look-alike letter between two
digit groups (``200412 l 001``) counts too, but not at the edges of the run, so the ``I`` of
"Tk. I" before a NIP is left alone. The result is exactly 18 digits or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from normalize.angka import ocr_digits

NIP_LENGTH: Final = 18
_OCR: Final = "OolIS|"
_OCR_MAP: Final = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"}
_LABEL: Final = re.compile(r"(?<![^\W\d_])N\s*\.?\s*I\s*\.?\s*P(?![^\W\d_])\s*[.:]*", re.I)
_SEPARATOR: Final = re.compile(r"[\s.\-–_]+")


def _kind(token: str) -> str:
    """'d' digit group (maybe with look-alikes), 'w' look-alike letters only, 'x' other."""
    if token.isascii() and token.isdigit():
        return "d"
    if ocr_digits(token, _OCR) != token:
        return "d"
    return "w" if len(token) <= 3 and all(c in _OCR for c in token) else "x"


def _as_digits(tokens: list[str]) -> str:
    """Concatenate groups, reading every look-alike letter as its digit."""
    return "".join(_OCR_MAP.get(c, c) for c in "".join(tokens))


def _candidates(tokens: list[str]) -> list[str]:
    """Digit strings a NIP could be, from runs of digit groups.

    Look-alike-only groups inside a run are read as digits; at the edges of a run they are
    tried both ways, the run without them first (the "I" of "Tk. I" is not a digit).
    """
    kinds = [_kind(t) for t in tokens] + ["x"]
    out: list[str] = []
    run: list[str] = []
    for token, kind in zip([*tokens, ""], kinds, strict=True):
        if kind != "x":
            run.append(token)
            continue
        ds = [i for i, t in enumerate(run) if _kind(t) == "d"]
        if ds:
            first, last = ds[0], ds[-1]
            lead, core, trail = run[:first], run[first : last + 1], run[last + 1 :]
            for parts in (core, core + trail, lead + core, lead + core + trail):
                out.append(_as_digits(parts))
        run = []
    return out


def parse_nip(text: str | None) -> str | None:
    """The 18-digit NIP in ``text``, or None unless exactly 18 digits are found."""
    if not isinstance(text, str):
        return None
    tokens = [t for t in _SEPARATOR.split(_LABEL.sub(" ", text)) if t]
    for run in _candidates(tokens):
        if len(run) == NIP_LENGTH and run.isdigit():
            return run
    return None


@dataclass(frozen=True)
class NipParts:
    """The fields packed into a NIP; None where the digits make no date."""

    tanggal_lahir: date | None
    tmt_cpns: tuple[int, int] | None
    jenis_kelamin: int
    urut: int


def _date(year: int, month: int, day: int) -> date | None:
    """A real calendar date from 1900 on, or None."""
    if year < 1900:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nip_parts(nip: str) -> NipParts | None:
    """Birth date, CPNS appointment (year, month), sex digit and sequence of a NIP.

    ``jenis_kelamin`` is the digit as written (1 man, 2 woman; others are for the validator).
    """
    digits = parse_nip(nip)
    if digits is None:
        return None
    born = _date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    year, month = int(digits[8:12]), int(digits[12:14])
    tmt = (year, month) if year >= 1900 and 1 <= month <= 12 else None
    return NipParts(born, tmt, int(digits[14]), int(digits[15:18]))
