"""OCR words and lines: noise dropped, the engine's typical slips repaired, doubts noted.

Repairs are limited to what the documents' domain makes certain; the number parsers of
``normalize`` (angka, skor, nip) read look-alike letters inside digits themselves:

* quotes of every shape become plain ones (the documents use plain ones);
* in a score phrase ``... atau 7096 dengan`` the ``96`` is the engine's reading of ``%``
  (a percentage of a SAKIP score is at most 100, so ``7096`` cannot be meant);
* ``nilai 810 atau`` lost its decimal comma: component scores are written with two
  decimals and are at most 30 (the largest bobot), so ``810`` is ``8,10``.

Words read with low confidence that carry digits are reported as notes on the document
(:func:`doubt_note`), with the line they stand in, so that validation can say which score
or NIP a person must check (``normalize.keyakinan``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from extract.grid import group_lines, line_text
from extract.layout import Cell, Table, TextLine, Word

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
_PERCENT_96 = re.compile(r"(?<=\batau\s)(?P<v>\d{1,3}(?:[.,]\d{1,2})?)96(?=$|[\s.,;:)])")
_NO_COMMA = re.compile(r"(?P<lead>\bnilai\s+[\"']?)(?P<v>\d{3,4})(?=[\"']?\s)")
MAX_BOBOT = 30


@dataclass(frozen=True)
class Doubt:
    """A low-confidence word with digits, where it stands."""

    page: int
    conf: float
    word: str
    line: str


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


def _percent(m: re.Match[str]) -> str:
    value = m["v"]
    return f"{value}%" if float(value.replace(",", ".")) <= 100 else m.group(0)


def _comma(m: re.Match[str]) -> str:
    digits = m["v"]
    if int(digits) / 100 > MAX_BOBOT:
        return m.group(0)
    return f"{m['lead']}{digits[:-2]},{digits[-2:]}"


def repair_text(text: str) -> str:
    """The score slips of the module docstring, repaired in one cell's text."""
    return _NO_COMMA.sub(_comma, _PERCENT_96.sub(_percent, text))


def _repair_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    # a score phrase may wrap: repair the cell as one text, then cut it where it was cut
    joined = "\n".join(lines)
    repaired = repair_text(joined)
    return lines if repaired == joined else tuple(repaired.split("\n"))


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
    out = []
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
