"""OCR words and lines: noise dropped, the engine's typical slips repaired, doubts noted.

Repairs are limited to what the documents' domain makes certain; the number parsers of
``normalize`` (angka, skor, nip) read look-alike letters inside digits themselves:

* quotes of every shape become plain ones (the documents use plain ones);
* in a score phrase ``nilai 21,00 atau 7096 dengan`` the ``96`` is the engine's reading
  of ``%`` (so is ``76``, ``%6``...): a percentage of a SAKIP score is at most 100, so a
  number above 100 after "nilai <score> atau" is a percentage and a misread sign;
* ``nilai 810 atau`` lost its decimal comma: component scores before "atau <percent>"
  are written with two decimals and are at most 30 (the largest bobot), so ``810`` is
  ``8,10``;
* in a score phrase the percentage's digits read as look-alike letters (``B1%``: 81%);
* the words the score parser keys on, misread by a letter or two: ``memperoleh``,
  ``Keberadaan``, ``Kualitas``, ``Pemanfaatan`` (RapidFuzz ratio >= 85 on the whole word,
  so ``kuantitas`` stays itself), and the word between ``memperoleh`` and a score, which
  is ``nilai`` whatever was read (``nila``, ``nilal``);
* a percentage in brackets split at its comma (``(73, 8%)``);
* the label of the signer's NIP line (``NP.``, ``N1P``, ``MIP``) before its digits;
* in table cells, a word's letter taken for a look-alike (``kineria``, ``tabei``), from
  Tesseract's own Indonesian word list (``extract.ocr_lexicon``);
* a numbered item whose ``.`` was read as ``,`` or lost (``1, Agar``, ``2 Agar``) at
  the start of a cell line, when its number starts the cell or follows the previous
  item's: the items of REKOMENDASI and RENCANA AKSI are split on ``N.``.

Words read with low confidence that carry digits are reported as notes on the document
(:func:`doubt_note`), with the line they stand in, so that validation can say which score
or NIP a person must check (``normalize.keyakinan``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from extract.grid import group_lines, line_text
from extract.layout import Cell, Table, TextLine, Word
from extract.ocr_lexicon import correct_text

# Below this confidence a word made of no letter or digit is speckle, a rule fragment or
# a stroke of a stamp, not print.
NOISE_CONF = 60.0
# A word with a digit read below this confidence is noted as a doubt (see module doc).
DOUBT_CONF = 80.0
DOUBT_PREFIX = "ocr_ragu "
_ALNUM = re.compile(r"[0-9A-Za-zÀ-ÿ]")
_DIGITISH = re.compile(r"[0-9%]")
# Quotes come back in many shapes; the documents use plain ones.
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})
_PERCENT_SIGN = re.compile(
    r"(?P<lead>\bnilai\s+[\"']?[0-9]{1,2}[.,][0-9]{2}[\"']?\s*,?\s+atau\s+)(?P<v>[0-9]{3,5})"
    r"(?=$|[\s.,;:)])"
)
_NO_COMMA = re.compile(r"(?P<lead>\bnilai\s+[\"']?)(?P<v>\d{3,4})(?=[\"']?\s*,?\s+atau\b)")
MAX_BOBOT = 30
_PERCENT_LOOKALIKE = re.compile(r"(?<=\batau\s)(?P<v>[0-9BOoIl|S]{1,3})(?=%)")
_LOOKALIKE = str.maketrans({"B": "8", "O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5"})
SCORE_WORDS = ("memperoleh", "keberadaan", "kualitas", "pemanfaatan")
SCORE_WORD_RATIO = 85.0
_WORD = re.compile(r"(?<![\w])[A-Za-z]{6,12}(?![\w])")
# "memperoleh nila 8,10": the word between "memperoleh" and a score is "nilai"
_NILAI_SLOT = re.compile(
    r"(?<=\bmemperoleh\s)[A-Za-z1|!]{3,6}(?=\s+[\"']?[0-9OoIl]{1,2}[.,][0-9OoIl]{2})"
)
_NIP_LABEL = re.compile(r"(?m)^(?:N[I1l|!]?[PF]|M[I1l|]P|NI[PF]?)\s*[.,:]?\s*(?=[0-9OoIl]{6})")
_ITEM = re.compile(r"^(?P<n>\d{1,2})(?P<mark>[.),;:]?)\s+(?=[A-Z(\"])")
# "1." read as a letter: "l.", "I,", or "L" before the "Agar" that opens a recommendation
_ITEM_ONE = re.compile(r"^(?:[lIL|i!][.,]|[lIL|i!]\s+(?=Agar\b))\s*(?=[A-Z(\"])")
# "1 Desember 2024" is a date, not an item
_MONTH = re.compile(
    r"^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Ags|Sep|Okt|Nov|Des)", re.IGNORECASE
)


# "Semester |", "Triwulan Il": a period's roman numeral with OCR's "|" or "l" for I
# a period's roman numeral as OCR misreads it: I as "|", "!", "l", "]" or "1", II as "H"
# ("Tw. | 2025", "Triwulan H", "Semester!", "Triwulan 11/2025")
_PERIOD_KIND = r"(?:semester|smt|sem|triwulan|tri\s*wulan|trw|tw)"
_ROMAN_SLIP = re.compile(
    rf"(?<![^\W\d_])(?P<kind>{_PERIOD_KIND})(?P<sep>\s*\.?\s*)(?P<n>[IVXl|!\]H1]{{1,4}})"
    r"(?=[\s/,;)]|$)",
    re.IGNORECASE,
)
_SLIP_TO_I = str.maketrans({"|": "I", "!": "I", "l": "I", "]": "I", "1": "I"})
_ROMAN_NUMERALS = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Doubt:
    """A low-confidence word with digits, where it stands."""

    page: int
    conf: float
    word: str
    line: str


def mean_confidence(words: Sequence[Word]) -> float | None:
    """Character-weighted mean word confidence: a long word misread weighs more."""
    scored = [(w.conf, len(w.text)) for w in words if w.conf is not None]
    chars = sum(n for _, n in scored)
    if not chars:
        return None
    return round(sum(c * n for c, n in scored) / chars, 1)


def is_noise(word: Word) -> bool:
    """A low-confidence mark without a letter or digit in it."""
    conf = word.conf if word.conf is not None else 100.0
    return conf < NOISE_CONF and not _ALNUM.search(word.text)


def clean_words(words: Sequence[Word]) -> list[Word]:
    """Words without the noise, quotes made plain."""
    out = []
    for w in words:
        if is_noise(w):
            continue
        text = w.text.translate(_QUOTES)
        out.append(w if text == w.text else replace(w, text=text))
    return out


def _percent_sign(m: re.Match[str]) -> str:
    digits = m["v"]
    if int(digits) <= 100 or int(digits[:-2]) > 100:
        return m.group(0)
    return f"{m['lead']}{digits[:-2]}%"


def _comma(m: re.Match[str]) -> str:
    digits = m["v"]
    if int(digits) / 100 > MAX_BOBOT:
        return m.group(0)
    return f"{m['lead']}{digits[:-2]},{digits[-2:]}"


def _lookalike_percent(m: re.Match[str]) -> str:
    digits = m["v"].translate(_LOOKALIKE)
    return digits if digits.isdigit() and int(digits) <= 100 else m.group(0)


def _score_word(m: re.Match[str]) -> str:
    token = m.group(0)
    lower = token.lower()
    if lower in SCORE_WORDS:
        return token
    for word in SCORE_WORDS:
        if abs(len(word) - len(lower)) <= 2 and fuzz.ratio(lower, word) >= SCORE_WORD_RATIO:
            return word.capitalize() if token[0].isupper() else word
    return token


def _roman(m: re.Match[str]) -> str:
    """A period's numeral put back when what OCR made of it is a period the kind has (two
    semesters, four triwulan); a numeral written as such ("Semester 1") stays."""
    raw = m["n"]
    if (raw.isdigit() and len(raw) == 1) or raw in _ROMAN_NUMERALS:
        return m[0]
    roman = raw.replace("H", "II").translate(_SLIP_TO_I)
    limit = 2 if m["kind"].lower().startswith("s") else 4
    if roman not in _ROMAN_NUMERALS[:limit]:
        return m[0]
    return f"{m['kind']}{m['sep'] or ' '}{roman}"


# a percentage OCR split at its decimal comma: "(73, 8%)" for "(73,8%)"
_SPLIT_PERCENT = re.compile(r"(?<=\()(\d{1,3}),\s+(\d{1,2})(?=\s*%)")


def repair_text(text: str) -> str:
    """The slips of the module docstring, repaired in one cell's (or line's) text."""
    text = _SPLIT_PERCENT.sub(r"\1,\2", text)
    text = _ROMAN_SLIP.sub(_roman, text)
    text = _NILAI_SLOT.sub("nilai", _WORD.sub(_score_word, text))
    text = _PERCENT_LOOKALIKE.sub(_lookalike_percent, text)
    text = _PERCENT_SIGN.sub(_percent_sign, _NO_COMMA.sub(_comma, text))
    return _NIP_LABEL.sub("NIP.", text)


def repair_numbering(lines: Sequence[str]) -> list[str]:
    """``1, Agar`` / ``2 Agar`` at a cell line's start as ``1. Agar`` / ``2. Agar``.

    Only for item 1 on the cell's first line or the item after the last one seen, so a
    line that merely starts with a number ("12 Maret 2025", a year) is left alone.
    """
    out = []
    last = 0
    for i, line in enumerate(lines):
        one = _ITEM_ONE.match(line) if i == 0 else None
        if one is not None:
            line = f"1. {line[one.end() :]}"
        m = None if _MONTH.match(line) else _ITEM.match(line)
        if m is not None:
            n = int(m["n"])
            if (i == 0 and n == 1) or (last and n == last + 1):
                last = n
                if m["mark"] not in (".", ")"):
                    line = f"{n}. {line[m.end() :]}"
        out.append(line)
    return out


def _repair_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    # a score phrase may wrap: repair the cell as one text, then cut it where it was cut
    joined = "\n".join(repair_numbering(lines))
    repaired = tuple(correct_text(repair_text(joined)).split("\n"))
    return lines if repaired == lines else repaired


def repair_table(table: Table) -> Table:
    cells = tuple(
        c if (new := _repair_lines(c.lines)) == c.lines else replace(c, lines=new)
        for c in table.cells
    )
    return replace(table, cells=cells)


def repair_text_lines(lines: Iterable[TextLine]) -> tuple[TextLine, ...]:
    return tuple(replace(ln, text=repair_text(ln.text)) for ln in lines)


def _in_cell(cell: Cell, word: Word) -> bool:
    return cell.box.contains_point(word.box.cx, word.box.cy)


def doubts(page: int, tables: Sequence[Table], words: Sequence[Word]) -> list[Doubt]:
    """Low-confidence words with digits, each with its line (within its cell)."""
    low = [w for w in words if (w.conf or 100) < DOUBT_CONF and _DIGITISH.search(w.text)]
    if not low:
        return []
    groups: list[list[Word]] = []
    rest = list(words)
    for table in tables:
        for cell in table.cells:
            inside = [w for w in rest if _in_cell(cell, w)]
            if inside:
                groups.append(inside)
                rest = [w for w in rest if not _in_cell(cell, w)]
    groups.append(rest)
    out: list[Doubt] = []
    for group in groups:
        for line in group_lines(group):
            text = repair_text(line_text(line))
            out.extend(Doubt(page, float(w.conf or 0), w.text, text) for w in line if w in low)
    return out


def doubt_note(d: Doubt) -> str:
    """A doubt as a ``DocumentLayout`` note (JSON after a fixed prefix)."""
    data = {"page": d.page, "conf": round(d.conf), "word": d.word, "line": d.line}
    return DOUBT_PREFIX + json.dumps(data, ensure_ascii=False)


def parse_doubts(notes: Iterable[str]) -> list[Doubt]:
    """The doubts among a document's notes."""
    out = []
    for note in notes:
        if note.startswith(DOUBT_PREFIX):
            data = json.loads(note[len(DOUBT_PREFIX) :])
            out.append(Doubt(int(data["page"]), float(data["conf"]), data["word"], data["line"]))
    return out
