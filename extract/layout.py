"""Raw page layout: what extraction hands to normalisation.

Plain frozen dataclasses with no dependency on pdfplumber or Tesseract, so that the
text-layer path and the OCR path produce the same structure and everything after
extraction is one code path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PageSource = Literal["text_layer", "ocr"]


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom

    def overlap_area(self, other: Box) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.bottom, other.bottom) - max(self.top, other.top)
        return w * h if w > 0 and h > 0 else 0.0


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    # OCR confidence 0-100; None for a text layer
    conf: float | None = None
    # the OCR engine's text line the word was read in (None: lines go by position)
    line: int | None = None


@dataclass(frozen=True)
class Link:
    uri: str
    box: Box


@dataclass(frozen=True)
class TextLine:
    """A line of text outside any table (title, header block, signature)."""

    text: str
    box: Box


@dataclass(frozen=True)
class Cell:
    """One (possibly merged) cell of a table grid."""

    row: int
    col: int
    rowspan: int
    colspan: int
    box: Box
    lines: tuple[str, ...]
    links: tuple[str, ...] = ()
    # top of each line (points), when known: values stacked in one cell line up with the
    # recommendations stacked beside them
    line_tops: tuple[float, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(frozen=True)
class Table:
    page: int
    box: Box
    n_rows: int
    n_cols: int
    # x positions of the column boundaries, n_cols + 1 values
    col_edges: tuple[float, ...]
    cells: tuple[Cell, ...]
    # False when the columns were inferred from text alignment (no vertical rules)
    ruled: bool = True

    def row_cells(self, row: int) -> list[Cell]:
        """Cells that start in ``row``, left to right."""
        return sorted((c for c in self.cells if c.row == row), key=lambda c: c.col)


@dataclass(frozen=True)
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    tables: tuple[Table, ...]
    text_lines: tuple[TextLine, ...]
    source: PageSource = "text_layer"
    char_count: int = 0
    # mean OCR word confidence (0-100) for OCR pages
    confidence: float | None = None


@dataclass(frozen=True)
class DocumentLayout:
    pages: tuple[PageLayout, ...]
    notes: tuple[str, ...] = field(default=())
    # why the file was read through a rewritten copy (None: read as it is)
    repaired: str | None = None
