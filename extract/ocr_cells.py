"""From ruling-line segments found in an image to the cell boxes of each table.

The same chain pdfplumber runs on a PDF's vector lines (``snap_edges`` -> join ->
``edges_to_intersections`` -> ``intersections_to_cells`` -> ``cells_to_tables``), fed with
the segments that line detection found in a scan, in PDF points. A merged cell is a
region with no inner rule, exactly as on the born-digital path.

Only the join step is our own (:func:`join_rules`): a scanned rule comes in pieces, and
a gap in it is either wear (join it) or a merged cell interrupting the rule (keep it).
A merged cell's rule stops and restarts at the cell's borders, i.e. at perpendicular
rules; a worn rule's gap has no rule at both ends. So short gaps are always joined and
longer ones unless a perpendicular rule stands at both ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import Any

from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    snap_edges,
)

from extract.layout import Box
from extract.ocr_image import Segment

Edge = dict[str, Any]

# In PDF points (1/72 inch). Snap: the two borders of a thick scanned line, or a line
# that wanders a little after deskewing, are one rule.
SNAP_TOLERANCE = 3.0
# Gaps up to this are joined whatever bounds them (~4 mm: worn toner, a fold).
JOIN_TOLERANCE = 12.0
# Longer gaps, up to this, are joined unless perpendicular rules bound them at both ends
# and so long as the rule stays mostly ink (:data:`MIN_COVER`).
MAX_GAP = 80.0
MIN_COVER = 0.5
# Intersect: a vertical rule that stops just short of a horizontal one still meets it.
INTERSECTION_TOLERANCE = 4.0
# Shortest rule kept after its pieces are joined (points): a narrow column is ~8 mm
# wide, a one-line row ~5 mm high; shorter strokes are letters, ticks or stamp arcs.
MIN_LENGTH = {"h": 18.0, "v": 11.0}
# A grid with fewer columns is a layout box (a boxed header, a stamp frame), not a table.
MIN_COLUMNS = 3


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> Edge:
    return {
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "object_type": "line",
    }


def segments_to_edges(segments: Sequence[Segment], scale: float) -> list[Edge]:
    """Segments in pixels as pdfplumber edge dicts in points (``scale`` = 72 / dpi)."""
    return [
        _edge(s.orientation, s.x0 * scale, s.top * scale, s.x1 * scale, s.bottom * scale)
        for s in segments
    ]


def _span(edge: Edge) -> tuple[float, float]:
    """Where an edge starts and ends along its own direction."""
    if edge["orientation"] == "h":
        return float(edge["x0"]), float(edge["x1"])
    return float(edge["top"]), float(edge["bottom"])


def _at(edge: Edge) -> float:
    """An edge's position across its direction (y of a horizontal rule, x of a vertical)."""
    return float(edge["top"] if edge["orientation"] == "h" else edge["x0"])


def _crossings(line_at: float, across: Sequence[Edge], reach: float) -> list[float]:
    """Positions along a line where a perpendicular rule meets it (within ``reach``)."""
    out = []
    for e in across:
        start, end = _span(e)
        if start - reach <= line_at <= end + reach:
            out.append(_at(e))
    return out


def _bounded(gap: tuple[float, float], crossings: Sequence[float], tol: float) -> bool:
    """Whether perpendicular rules stand at both ends of ``gap``: a merged cell's gap."""
    return any(abs(c - gap[0]) <= tol for c in crossings) and any(
        abs(c - gap[1]) <= tol for c in crossings
    )


def _join_line(pieces: list[Edge], crossings: Sequence[float]) -> list[tuple[float, float]]:
    """Spans of one rule's pieces (same position) after joining the gaps that are wear."""
    spans = sorted(_span(p) for p in pieces)
    out: list[list[float]] = []  # [start, end, inked length]
    for start, end in spans:
        if out:
            last = out[-1]
            gap = start - last[1]
            new_ink = max(0.0, end - max(start, last[1]))
            cover = (last[2] + new_ink) / max(max(end, last[1]) - last[0], 1e-6)
            wear = gap <= JOIN_TOLERANCE or (
                gap <= MAX_GAP
                and cover >= MIN_COVER
                and not _bounded((last[1], start), crossings, INTERSECTION_TOLERANCE * 2)
            )
            if wear:
                last[1] = max(last[1], end)
                last[2] += new_ink
                continue
        out.append([start, end, end - start])
    return [(s, e) for s, e, _ in out]


def join_rules(edges: list[Edge], snap: float = SNAP_TOLERANCE) -> list[Edge]:
    """Snap pieces to common positions, join the worn gaps, drop what is too short."""
    snapped = snap_edges(edges, snap, snap)
    out: list[Edge] = []
    for orientation in ("h", "v"):
        mine = sorted((e for e in snapped if e["orientation"] == orientation), key=_at)
        across = [e for e in snapped if e["orientation"] != orientation]
        for at, group in groupby(mine, key=_at):
            crossings = _crossings(at, across, reach=12.0)
            for start, end in _join_line(list(group), crossings):
                if end - start < MIN_LENGTH[orientation]:
                    continue
                if orientation == "h":
                    out.append(_edge("h", start, at, end, at))
                else:
                    out.append(_edge("v", at, start, at, end))
    return out


def table_cells(
    edges: list[Edge], *, snap: float = SNAP_TOLERANCE, intersect: float = INTERSECTION_TOLERANCE
) -> list[list[Box]]:
    """Cell boxes grouped per table, top to bottom, from edge dicts in points."""
    joined = join_rules(edges, snap)
    points = edges_to_intersections(joined, intersect, intersect)
    cells = intersections_to_cells(points)
    tables = cells_to_tables(cells)
    out = [[Box(*map(float, c)) for c in t] for t in tables]
    out.sort(key=lambda t: min(b.top for b in t))
    return out


def column_count(cells: Sequence[Box], tolerance: float = SNAP_TOLERANCE) -> int:
    """Columns of a table's grid: distinct x edges minus one."""
    xs = sorted({round(b.x0, 1) for b in cells} | {round(b.x1, 1) for b in cells})
    distinct: list[float] = []
    for x in xs:
        if not distinct or x - distinct[-1] > tolerance:
            distinct.append(x)
    return max(len(distinct) - 1, 0)
