"""One text-layer page through pdfplumber: words, ruling lines, cell boxes, link annotations.

``extract.reader`` opens the PDF and hands each page here (or to OCR). Tables are found by
pdfplumber's lattice finder (vector rules); a table drawn with horizontal rules only is
found by ``extract.unruled`` from the header words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfplumber.page import Page

from extract.fastchars import use_lean_chars
from extract.grid import build_table, text_lines
from extract.layout import Box, Link, PageLayout, Table, Word
from extract.rules import implied_rules
from extract.unruled import extend_open_table, find_unruled_tables

# pdfplumber's defaults, spelled out because the pipeline depends on them: lattice
# tables from drawn lines (LibreOffice draws borders as lines, reportlab as lines,
# Word-to-PDF as thin filled rectangles: all become edges).
LATTICE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
WORD_SETTINGS: dict[str, Any] = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False}
# A grid with fewer columns is a layout box, not a Rencana Aksi table.
MIN_COLUMNS = 3


def _box(obj: dict[str, Any]) -> Box:
    return Box(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))


def page_words(page: Page) -> list[Word]:
    return [Word(w["text"], _box(w)) for w in page.extract_words(**WORD_SETTINGS)]


def page_links(page: Page) -> list[Link]:
    links = []
    for h in page.hyperlinks:
        uri = h.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if uri:
            links.append(Link(str(uri), _box(h)))
    return links


def _nested(bbox: tuple[float, float, float, float], others: Sequence[tuple[float, ...]]) -> bool:
    """Whether ``bbox`` lies inside one of ``others``."""
    x0, top, x1, bottom = bbox
    tol = 1.0
    return any(
        o[0] - tol <= x0 and o[1] - tol <= top and x1 <= o[2] + tol and bottom <= o[3] + tol
        for o in others
    )


def _lattice_tables(
    page: Page, words: Sequence[Word], links: Sequence[Link]
) -> tuple[list[Table], list[Word]]:
    tables: list[Table] = []
    rest = list(words)
    verticals = [_box(e) for e in page.vertical_edges]
    horizontals = [_box(e) for e in page.horizontal_edges]
    closing = [
        {
            "x0": b.x0,
            "x1": b.x1,
            "top": b.top,
            "bottom": b.bottom,
            "width": b.x1 - b.x0,
            "height": 0,
            "orientation": "h",
            "object_type": "line",
        }
        for b in implied_rules(verticals, horizontals)
    ]
    settings = {**LATTICE_SETTINGS, "explicit_horizontal_lines": closing}
    found_tables = page.find_tables(settings)
    for found in found_tables:
        if _nested(found.bbox, [t.bbox for t in found_tables if t is not found]):
            # a small table inside a cell (a HASIL cell's score table): the cell's text
            continue
        boxes = [Box(*map(float, c)) for c in found.cells]
        table, outside = build_table(page.page_number, boxes, rest, links)
        # a grid with too few columns (a boxed header block, a stamp frame) stays page text
        if table.n_cols >= MIN_COLUMNS:
            tables.append(table)
            rest = outside
    return tables, rest


def _next_top(table: Table, tables: Sequence[Table]) -> float:
    """The top of the next lattice table below ``table`` on its page (inf if none)."""
    return min((t.box.top for t in tables if t.box.top > table.box.bottom), default=float("inf"))


def _extend_open(
    tables: list[Table],
    words: list[Word],
    rest: list[Word],
    horizontals: list[Box],
    links: list[Link],
) -> tuple[list[Table], list[Word], tuple[float, ...] | None]:
    """Lattice tables whose body goes on with horizontal rules only, rebuilt whole."""
    extended = [
        extend_open_table(t, words, horizontals, links, _next_top(t, tables)) for t in tables
    ]
    if all(e is None for e in extended):
        return tables, rest, None
    final = [e[0] if e is not None else t for t, e in zip(tables, extended, strict=True)]
    remaining = list(words)
    for table in final:
        boxes = [c.box for c in table.cells]
        _, remaining = build_table(table.page, boxes, remaining, links)
    edges = next(e[0].col_edges for e in reversed(extended) if e is not None)
    return final, remaining, edges


def read_page(
    page: Page, prior_edges: tuple[float, ...] | None = None
) -> tuple[PageLayout, tuple[float, ...] | None]:
    """One page's layout, and the column edges of a table found without vertical rules."""
    use_lean_chars(page)
    words = page_words(page)
    links = page_links(page)
    tables, rest = _lattice_tables(page, words, links)
    edges = None
    horizontals = [_box(e) for e in page.horizontal_edges]
    if tables:
        tables, rest, edges = _extend_open(tables, words, rest, horizontals, links)
    else:
        tables, rest, edges = find_unruled_tables(
            page.page_number, words, horizontals, links, prior_edges
        )
    layout = PageLayout(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        tables=tuple(tables),
        text_lines=text_lines(rest),
        source="text_layer",
        char_count=len(page.chars),
    )
    return layout, edges
