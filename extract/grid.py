"""From cell boxes, words and links to a table grid with text per cell.

Pure functions shared by the text-layer and OCR paths: whoever found the cell boxes
(pdfplumber's table finder on vector rules, or line detection on an image), the grid,
the words in each cell and the links over each cell are worked out here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from extract.layout import Box, Cell, Link, Table, TextLine, Word

# Edges closer than this (PDF points) are the same grid line: producers draw a cell's
# border once per neighbour, a fraction of a point apart.
SNAP_TOLERANCE = 2.0


def snap(values: Iterable[float], tolerance: float = SNAP_TOLERANCE) -> list[float]:
    """Cluster sorted coordinates that lie within ``tolerance``; one mean per cluster."""
    clusters: list[list[float]] = []
    for v in sorted(values):
        if clusters and v - clusters[-1][-1] <= tolerance:
            clusters[-1].append(v)
        else:
            clusters.append([v])
    return [sum(c) / len(c) for c in clusters]


def _nearest(edges: Sequence[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _solid(word: Word) -> bool:
    return any(ch.isalnum() for ch in word.text)


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into visual lines (top to bottom), each line left to right.

    Lines are laid out by the words with a letter or digit (an OCR engine's lines as it
    found them); a mark alone ("|", "-", a dot) joins the line nearest its middle. On a
    scan the rest of an erased rule comes back as a tall "|" between two lines, and as a
    line's first word it would take the next line's words into its band.
    """
    lines: list[list[Word]] = []
    bounds: list[tuple[float, float]] = []
    solid = [w for w in words if _solid(w)]
    marks = [w for w in words if not _solid(w)]
    # lines the OCR engine found stay lines (their boxes may overlap in tight print)
    engine: dict[int, list[Word]] = {}
    for w in solid:
        if w.line is not None:
            engine.setdefault(w.line, []).append(w)
    for same in engine.values():
        lines.append(same)
        bounds.append((min(w.box.top for w in same), max(w.box.bottom for w in same)))
    solid = [w for w in solid if w.line is None]
    for w in sorted(solid, key=lambda w: (w.box.top, w.box.x0)):
        cy = w.box.cy
        for i, (top, bottom) in enumerate(bounds):
            if top <= cy <= bottom:
                lines[i].append(w)
                break
        else:
            lines.append([w])
            bounds.append((w.box.top, w.box.bottom))
    for w in sorted(marks, key=lambda w: (w.box.top, w.box.x0)):
        cy = w.box.cy
        near = min(range(len(bounds)), key=lambda i: abs(sum(bounds[i]) / 2 - cy), default=None)
        if near is not None and abs(sum(bounds[near]) / 2 - cy) <= w.box.bottom - w.box.top:
            lines[near].append(w)
        else:
            lines.append([w])
            bounds.append((w.box.top, w.box.bottom))
    order = sorted(range(len(lines)), key=lambda i: bounds[i][0])
    return [sorted(lines[i], key=lambda w: w.box.x0) for i in order]


def line_text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def line_box(words: Sequence[Word]) -> Box:
    return Box(
        min(w.box.x0 for w in words),
        min(w.box.top for w in words),
        max(w.box.x1 for w in words),
        max(w.box.bottom for w in words),
    )


def _split_columns(
    boxes: Sequence[Box], xs: Sequence[float], ys: Sequence[float]
) -> list[tuple[Box, tuple[int, int, int]]]:
    """Cell boxes with their (row, col, rowspan), one per grid column.

    A cell spanning several columns is cut at the column edges: in these tables a
    horizontal merge is a section row (its text reads the same once cut) or a missing
    rule (a producer that stops a column line short), never one value for two fields.
    """
    out = []
    for b in boxes:
        c0, c1 = _nearest(xs, b.x0), _nearest(xs, b.x1)
        r0, r1 = _nearest(ys, b.top), _nearest(ys, b.bottom)
        for c in range(c0, max(c1, c0 + 1)):
            part = Box(xs[c], b.top, xs[c + 1], b.bottom) if c1 - c0 > 1 else b
            out.append((part, (r0, c, max(r1 - r0, 1))))
    return out


def build_table(
    page: int,
    cell_boxes: Sequence[Box],
    words: Sequence[Word],
    links: Sequence[Link] = (),
    *,
    ruled: bool = True,
) -> tuple[Table, list[Word]]:
    """A table from its cell boxes; returns it with the words that fell outside it."""
    xs = snap([b.x0 for b in cell_boxes] + [b.x1 for b in cell_boxes])
    ys = snap([b.top for b in cell_boxes] + [b.bottom for b in cell_boxes])
    parts = _split_columns(cell_boxes, xs, ys)
    grid: dict[tuple[int, int], int] = {}
    for n, (_, (r0, c, rowspan)) in enumerate(parts):
        for r in range(r0, r0 + rowspan):
            grid.setdefault((r, c), n)
    table_box = Box(xs[0], ys[0], xs[-1], ys[-1])
    in_cell: dict[int, list[Word]] = {}
    outside: list[Word] = []
    for w in words:
        cx, cy = w.box.cx, w.box.cy
        at = None
        if table_box.contains_point(cx, cy):
            at = grid.get((bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1))
        if at is None:
            outside.append(w)
        else:
            in_cell.setdefault(at, []).append(w)
    cells = []
    for idx, (b, (r, c, rowspan)) in enumerate(parts):
        grouped = group_lines(in_cell.get(idx, []))
        lines = tuple(line_text(ln) for ln in grouped)
        tops = tuple(min(w.box.top for w in ln) for ln in grouped)
        inside = sorted((lk for lk in links if _link_in(lk.box, b)), key=_reading_order)
        uris = tuple(dict.fromkeys(lk.uri for lk in inside))
        cells.append(Cell(r, c, rowspan, 1, b, lines, uris, tops))
    cells.sort(key=lambda c: (c.row, c.col))
    table = Table(
        page=page,
        box=table_box,
        n_rows=len(ys) - 1,
        n_cols=len(xs) - 1,
        col_edges=tuple(xs),
        cells=tuple(cells),
        ruled=ruled,
    )
    return table, outside


def _reading_order(link: Link) -> tuple[float, float]:
    return (round(link.box.top), link.box.x0)


def _link_in(link: Box, cell: Box) -> bool:
    # a link annotation belongs to the cell holding most of it
    area = (link.x1 - link.x0) * (link.bottom - link.top)
    return area > 0 and link.overlap_area(cell) >= 0.5 * area


# A gap wider than this many text heights (about ten spaces) separates two blocks of a
# text layer: the PJ block printed beside the signature, a date beside a note.
BLOCK_GAP = 3.0
# On a scan words drift apart (a stamp or a misread glyph leaves a hole in a line): only
# a far wider gap separates blocks there.
OCR_BLOCK_GAP = 6.0


def _block_gap(line: Sequence[Word], after: Word) -> float:
    """The gap (points) before ``after`` that separates two blocks on ``line``."""
    if any(w.conf is not None for w in line):
        # as many heights of the word after the gap: its neighbours may be specks
        return OCR_BLOCK_GAP * max(after.box.bottom - after.box.top, 1.0)
    heights = sorted(w.box.bottom - w.box.top for w in line)
    return BLOCK_GAP * max(heights[len(heights) // 2], 1.0)


def text_lines(words: Sequence[Word]) -> tuple[TextLine, ...]:
    """Words outside tables as lines, split where a wide gap separates two blocks."""
    out: list[TextLine] = []
    for line in group_lines(words):
        chunk: list[Word] = [line[0]]
        for w in line[1:]:
            if w.box.x0 - chunk[-1].box.x1 > _block_gap(line, w):
                out.append(TextLine(line_text(chunk), line_box(chunk)))
                chunk = []
            chunk.append(w)
        out.append(TextLine(line_text(chunk), line_box(chunk)))
    return tuple(out)
