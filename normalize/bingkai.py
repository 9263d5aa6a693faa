"""A Rencana Aksi table cut free of the title and signature printed in its own grid.

A spreadsheet printed with its gridlines rules every cell of the sheet: the title, the PJ
block above the header and the signature below the last recommendation stand in cells
of the table's grid. The rows above the header (short lines only: ``kolom.map_header``)
and the rows below an empty row after the last finding or recommendation are given back
as text lines, as a born-digital table's surroundings are, and the table keeps the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.layout import Box, Cell, DocumentLayout, PageLayout, Table, TextLine
from normalize.kolom import ColumnMap, map_header

_NIP = re.compile(r"\bNIP\b", re.IGNORECASE)
# the columns whose text makes a row part of the table's body
BODY_FIELDS = ("no", "hasil_evaluasi", "rekomendasi", "rencana_aksi")
# lines of two cells stand on one line when their tops differ by at most this (points)
SAME_LINE = 2.5
# height given to a line rebuilt from a cell's line top (points)
LINE_HEIGHT = 9.0


def _text(cell: Cell) -> str:
    return " ".join(cell.lines).strip()


def _body_end(table: Table, columns: ColumnMap) -> int:
    """The row after the table's body: the first empty row after the last finding (NO or
    HASIL text), when what follows it is a signature (a NIP in it) or holds no
    recommendation text."""
    opening = {c for c, f in columns.fields.items() if f in ("no", "hasil_evaluasi")}
    items = {c for c, f in columns.fields.items() if f in BODY_FIELDS}
    last = max(
        (c.row + c.rowspan - 1 for c in table.cells if c.col in opening and _text(c)),
        default=table.n_rows - 1,
    )
    for row in range(last + 1, table.n_rows - 1):
        if any(_text(c) for c in table.cells if c.row <= row < c.row + c.rowspan):
            continue
        tail = [c for c in table.cells if c.row > row and _text(c)]
        signed = any(_NIP.search(_text(c)) for c in tail)
        if tail and (signed or not any(c.col in items for c in tail)):
            return row
    return table.n_rows


def _lines(cells: list[Cell]) -> list[TextLine]:
    """The lines of ``cells`` (rows outside the body), cell lines on one height joined
    left to right where their cells adjoin (text a spreadsheet let run over its cell)."""
    placed: list[tuple[float, Cell, str]] = []
    for cell in cells:
        tops = cell.line_tops if len(cell.line_tops) == len(cell.lines) else ()
        for i, line in enumerate(cell.lines):
            top = tops[i] if tops else cell.box.top + i * LINE_HEIGHT
            if line.strip():
                placed.append((top, cell, line.strip()))
    placed.sort(key=lambda p: (p[0], p[1].col))
    out: list[TextLine] = []
    group: list[tuple[float, Cell, str]] = []

    def flush() -> None:
        if not group:
            return
        run = [group[0]]
        for item in group[1:]:
            prev = run[-1][1]
            if item[1].col <= prev.col + prev.colspan:
                run.append(item)
                continue
            out.append(_line(run))
            run = [item]
        out.append(_line(run))
        group.clear()

    for item in placed:
        if group and item[0] - group[0][0] > SAME_LINE:
            flush()
        group.append(item)
    flush()
    return out


def _line(run: list[tuple[float, Cell, str]]) -> TextLine:
    run = sorted(run, key=lambda p: p[1].col)
    top = min(p[0] for p in run)
    box = Box(run[0][1].box.x0, top, run[-1][1].box.x1, top + LINE_HEIGHT)
    return TextLine(" ".join(p[2] for p in run), box)


def _rows(table: Table, first: int, end: int) -> Table:
    """``table`` kept to rows ``first`` to ``end`` (exclusive), renumbered from 0."""
    cells = tuple(
        replace(
            c,
            row=max(c.row, first) - first,
            rowspan=min(c.row + c.rowspan, end) - max(c.row, first),
        )
        for c in table.cells
        if c.row < end and c.row + c.rowspan > first
    )
    top = min(c.box.top for c in cells if c.row == 0)
    bottom = max(c.box.bottom for c in cells)
    return replace(
        table, box=replace(table.box, top=top, bottom=bottom), n_rows=end - first, cells=cells
    )


def unframe_table(table: Table) -> tuple[Table, list[TextLine]]:
    """``table`` without the rows around it that are no part of it, and their lines."""
    columns = map_header(table)
    if columns is None or "rekomendasi" not in columns.fields.values():
        return table, []
    first, end = columns.start_row, _body_end(table, columns)
    if first == 0 and end == table.n_rows:
        return table, []
    outside = [c for c in table.cells if c.row < first or c.row >= end]
    return _rows(table, first, end), _lines(outside)


def unframe(layout: DocumentLayout) -> DocumentLayout:
    """``layout`` with every table cut free of the title and signature in its grid."""
    pages: list[PageLayout] = []
    changed = False
    for page in layout.pages:
        tables: list[Table] = []
        lines = list(page.text_lines)
        for table in page.tables:
            kept, freed = unframe_table(table)
            tables.append(kept)
            lines.extend(freed)
        if any(kept is not table for kept, table in zip(tables, page.tables, strict=True)):
            changed = True
            lines.sort(key=lambda ln: (ln.box.top, ln.box.x0))
            page = replace(page, tables=tuple(tables), text_lines=tuple(lines))
        pages.append(page)
    return replace(layout, pages=tuple(pages)) if changed else layout
