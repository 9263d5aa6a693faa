"""From ruling-line segments found in an image to the cell boxes of each table.

The same chain pdfplumber runs on a PDF's vector lines (``merge_edges`` ->
``edges_to_intersections`` -> ``intersections_to_cells`` -> ``cells_to_tables``), fed with
the segments that line detection found in a scan, in PDF points. A merged cell is a
region with no inner rule, exactly as on the born-digital path. Tolerances are wider
than pdfplumber's defaults because scanned lines are thick, broken and a little wavy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from extract.layout import Box
from extract.ocr_image import Segment

# In PDF points (1/72 inch). Snap: the two borders of a thick scanned line, or a line
# that wanders a little after deskewing, are one rule.
SNAP_TOLERANCE = 3.0
# Join: collinear pieces of a broken or faint rule with a gap up to ~6 mm are one rule
# (a merged cell interrupts a rule for a whole column, 25 mm or more).
JOIN_TOLERANCE = 16.0
# Intersect: a vertical rule that stops just short of a horizontal one still meets it.
INTERSECTION_TOLERANCE = 4.0
# Shortest rule kept after its pieces are joined (points): a narrow column is ~8 mm
# wide, a one-line row ~5 mm high; shorter strokes are letters, ticks or stamp arcs.
MIN_LENGTH = {"h": 18.0, "v": 11.0}
# A grid with fewer columns is a layout box (a boxed header, a stamp frame), not a table.
MIN_COLUMNS = 3


def _edge(seg: Segment, scale: float) -> dict[str, Any]:
    x0, x1 = seg.x0 * scale, seg.x1 * scale
    top, bottom = seg.top * scale, seg.bottom * scale
    return {
        "orientation": seg.orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "object_type": "line",
    }


def segments_to_edges(segments: Sequence[Segment], scale: float) -> list[dict[str, Any]]:
    """Segments in pixels as pdfplumber edge dicts in points (``scale`` = 72 / dpi)."""
    return [_edge(s, scale) for s in segments]


def _length(edge: dict[str, Any]) -> float:
    if edge["orientation"] == "h":
        return float(edge["x1"] - edge["x0"])
    return float(edge["bottom"] - edge["top"])


def table_cells(
    edges: list[dict[str, Any]],
    *,
    snap: float = SNAP_TOLERANCE,
    join: float = JOIN_TOLERANCE,
    intersect: float = INTERSECTION_TOLERANCE,
) -> list[list[Box]]:
    """Cell boxes grouped per table, top to bottom, from edge dicts in points."""
    merged = merge_edges(edges, snap, snap, join, join)
    merged = [e for e in merged if _length(e) >= MIN_LENGTH[e["orientation"]]]
    points = edges_to_intersections(merged, intersect, intersect)
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
