"""Indonesian numbers: decimal comma, thousands dot, percentages, OCR slips.

Rules of :func:`parse_angka`, in order:

* surrounding whitespace, quotes and parentheses and a trailing ``%`` are dropped
  (``"21,60"`` and ``(72%)`` are numbers);
* OCR letters inside a digit token are read as digits (``O``/``o`` -> 0, ``l``/``I``/``|`` -> 1),
  but only when the token holds at least one real digit, so a word never becomes a number;
* both ``.`` and ``,`` present: the rightmost one is the decimal separator, the other groups
  thousands (``1.234,5`` and ``1,234.5`` -> 1234.5);
* only commas: one comma is the decimal comma (``21,60``), several group thousands;
* only dots: a single dot followed by exactly three digits groups thousands (``1.234`` -> 1234)
  unless the integer part is ``0`` (``0.125``); otherwise it is a decimal point (``10.50``);
  several dots group thousands (``1.234.567``);
* thousands groups must have three digits (``1.23.4`` is not a number).
"""

from __future__ import annotations

import math
import re

_OCR_MAP = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"}
_STRIP = " \t\r\n\"'“”‘’«»`´()"
_DIGITISH = re.compile(r"[0-9.,]*[0-9][0-9.,]*")


def ocr_digits(token: str, letters: str = "OolI|") -> str:
    """Read OCR look-alike ``letters`` as digits when ``token`` is otherwise numeric.

    The token must contain a real digit and nothing but digits, ``.``, ``,`` and those
    letters; anything else is returned unchanged.
    """
    table = {c: _OCR_MAP[c] for c in letters if c in _OCR_MAP}
    if not table or not any(c.isascii() and c.isdigit() for c in token):
        return token
    repaired = "".join(table.get(c, c) for c in token)
    return repaired if _DIGITISH.fullmatch(repaired) else token


def _grouped(int_part: str, sep: str) -> str | None:
    """Digits of ``int_part`` grouped by ``sep`` in threes, or None if badly grouped."""
    groups = int_part.split(sep)
    head, tail = groups[0], groups[1:]
    if not head.isdigit() or len(head) > 3:
        return None
    if any(len(g) != 3 or not g.isdigit() for g in tail):
        return None
    return "".join(groups)


def _decimal(int_part: str, frac: str, thousands: str | None) -> str | None:
    """Combine an integer part (maybe grouped) and a fraction into ``int.frac``."""
    if thousands is not None and thousands in int_part:
        digits = _grouped(int_part, thousands)
    else:
        digits = int_part or "0"
    if digits is None or not digits.isdigit() or (frac and not frac.isdigit()):
        return None
    return f"{digits}.{frac}" if frac else digits


def _to_plain(body: str) -> str | None:
    """Rewrite an Indonesian/English number body as ``1234.5`` (no sign)."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        dec = max(body.rfind("."), body.rfind(","))
        mark = body[dec]
        thousands = "," if mark == "." else "."
        if mark in body[:dec]:
            return None
        return _decimal(body[:dec], body[dec + 1 :], thousands)
    sep = "," if commas else "."
    count = commas or dots
    if count == 0:
        return body
    if count > 1:
        return _grouped(body, sep)
    int_part, frac = body.split(sep)
    # A lone dot before exactly three digits is a thousands dot: "1.234" is 1234,
    # as Indonesian writes it; "0.125" cannot be grouped, so it stays a decimal.
    if sep == "." and len(frac) == 3 and int_part not in ("", "0"):
        grouped = _grouped(body, sep)
        if grouped is not None:
            return grouped
    return _decimal(int_part, frac, None)


def parse_angka(text: str) -> float | None:
    """Parse an Indonesian number (``21,60``, ``1.234,5``, ``72%``) or return None."""
    if not isinstance(text, str):
        return None
    s = text.strip(_STRIP)
    if s.endswith("%"):
        s = s[:-1].strip(_STRIP)
    s = s.rstrip(".,;:").strip(_STRIP)
    sign = s[:1] if s[:1] in ("+", "-") else ""
    body = ocr_digits(s[len(sign) :].strip())
    if not _DIGITISH.fullmatch(body):
        return None
    plain = _to_plain(body)
    if plain is None:
        return None
    value = float(sign + plain)
    return value if math.isfinite(value) else None
