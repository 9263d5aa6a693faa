"""A producer-neutral grid of a spec's table: what every writer draws.

Rows are lists of cells; a cell covered by a merge is ``None``. The grid is built once per
table from the spec so that the three writers draw the same content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from samples.generate.spec import (
    Column,
    DocSpec,
    Finding,
    Rec,
    TableLayout,
    columns_of,
    hasil_text,
    multi_cell,
    rec_texts,
)

RowKind = Literal["header", "number", "section", "rec"]

# Relative column widths.
WIDTHS: dict[Column, float] = {
    "no": 3.5,
    "hasil": 23.0,
    "rekomendasi": 15.0,
    "rencana_aksi": 15.0,
    "target": 6.0,
    "waktu": 9.5,
    "pj": 10.0,
    "status": 11.0,
    "link": 9.5,
}
WIDTHS_4: dict[Column, float] = {
    "no": 4.0,
    "hasil": 40.0,
    "rekomendasi": 28.0,
    "rencana_aksi": 28.0,
}


@dataclass(frozen=True)
class Cell:
    """One cell: its paragraphs, an optional link annotation over its text, and its span."""

    paragraphs: tuple[str, ...] = ()
    link: str | None = None
    bold: bool = False
    center: bool = False
    colspan: int = 1
    rowspan: int = 1

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


Row = tuple[Cell | None, ...]


@dataclass(frozen=True)
class Grid:
    """The table of one layout: header rows, then body rows with their kinds."""

    layout: TableLayout
    columns: tuple[Column, ...]
    widths: tuple[float, ...]  # fractions of the table width, summing to 1
    rows: tuple[Row, ...]
    kinds: tuple[RowKind, ...]

    @property
    def n_header(self) -> int:
        return sum(1 for k in self.kinds if k in ("header", "number"))

    def groups(self) -> list[tuple[int, int]]:
        """Body row ranges [start, end) that belong together (a section row, a finding)."""
        out: list[tuple[int, int]] = []
        i = self.n_header
        while i < len(self.rows):
            span = max((c.rowspan for c in self.rows[i] if c is not None), default=1)
            out.append((i, i + span))
            i += span
        return out


def _p(text: str) -> tuple[str, ...]:
    return (text,) if text else ()


def _rec_cells(rec: Rec, cols: tuple[Column, ...], no: int, rek: str, ra: str) -> dict[str, Cell]:
    cells: dict[str, Cell] = {
        "rekomendasi": Cell(_p(f"{no}. {rek}")),
        "rencana_aksi": Cell(_p(f"{no}. {ra}")),
        "target": Cell(_p(rec.target), center=True),
        "waktu": Cell(_p(rec.waktu.text if rec.waktu else ""), center=True),
        "pj": Cell(_p(rec.pj)),
        "status": Cell(_p(rec.status.text if rec.status else "")),
        "link": Cell(),
    }
    if rec.link is not None:
        url = rec.link.url if rec.link.annotated else None
        cells["link"] = Cell(_p(rec.link.text), link=url)
    return {k: v for k, v in cells.items() if k in cols}


def _finding_rows(spec: DocSpec, f: Finding, table: TableLayout) -> list[Row]:
    cols = columns_of(spec, table)
    two = spec.render.two_tables
    hasil = hasil_text(f, table, two)
    texts = [rec_texts(r, table, two) for r in f.recs]
    if multi_cell(spec, f, table):
        row: dict[str, Cell] = {
            "no": Cell((str(f.finding_no),), center=True),
            "hasil": Cell((hasil,)),
            "rekomendasi": Cell(tuple(f"{i}. {t[0]}" for i, t in enumerate(texts, 1))),
            "rencana_aksi": Cell(tuple(f"{i}. {t[1]}" for i, t in enumerate(texts, 1))),
        }
        return [tuple(row[c] for c in cols)]
    n = len(f.recs)
    rows: list[Row] = []
    for i, (rec, (rek, ra)) in enumerate(zip(f.recs, texts, strict=True), 1):
        cells: dict[str, Cell | None] = dict(_rec_cells(rec, cols, i, rek, ra))
        if i == 1:
            cells["no"] = Cell((str(f.finding_no),), center=True, rowspan=n)
            cells["hasil"] = Cell((hasil,), rowspan=n)
        else:
            cells["no"] = cells["hasil"] = None
        rows.append(tuple(cells[c] for c in cols))
    return rows


def build_grid(spec: DocSpec, table: TableLayout) -> Grid:
    """The grid of ``table`` (``rencana_aksi`` or ``monitoring``) of ``spec``."""
    cols = columns_of(spec, table)
    weights = WIDTHS_4 if len(cols) == 4 else WIDTHS
    total = sum(weights[c] for c in cols)
    rows: list[Row] = [tuple(Cell((spec.headers[c],), bold=True, center=True) for c in cols)]
    kinds: list[RowKind] = ["header"]
    if spec.render.column_number_row:
        rows.append(tuple(Cell((str(i),), center=True) for i in range(1, len(cols) + 1)))
        kinds.append("number")
    for f in spec.findings:
        if f.finding_no == 1:
            section = Cell((f.komponen,), bold=True, colspan=len(cols) - 1)
            rows.append(
                (Cell((f.kode,), bold=True, center=True), section) + (None,) * (len(cols) - 2)
            )
            kinds.append("section")
        body = _finding_rows(spec, f, table)
        rows.extend(body)
        kinds.extend(["rec"] * len(body))
    return Grid(
        layout=table,
        columns=cols,
        widths=tuple(weights[c] / total for c in cols),
        rows=tuple(rows),
        kinds=tuple(kinds),
    )
