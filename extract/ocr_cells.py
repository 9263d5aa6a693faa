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

from collections.abc import Callable, Sequence
from functools import partial
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
MAX_GAP = 160.0
MIN_COVER = 0.5
# Pieces beside a longer gap must be at least this long (points): a stroke of a letter
# that survived line detection is shorter.
MIN_PIECE = 12.0
# This many vertical rules ending together imply a horizontal rule there.
MIN_ENDS = 3
# A rule's end this close to a perpendicular rule is carried on to it without question.
REACH_FREE = 24.0
# Intersect: a vertical rule that stops just short of a horizontal one still meets it.
INTERSECTION_TOLERANCE = 4.0
# Shortest rule kept after its pieces are joined (points): a narrow column is ~8 mm
# wide, a one-line row ~5 mm high; shorter strokes are letters, ticks or stamp arcs.
MIN_LENGTH = {"h": 18.0, "v": 11.0}
# A grid with fewer columns is a layout box (a boxed header, a stamp frame), not a table.
MIN_COLUMNS = 3
# share of a table's width a cell has to count where the table starts (``_reading_top``)
MIN_CELL_SHARE = 0.05


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
    """Whether perpendicular rules stand at both ends of ``gap``: a merged cell's gap.

    Two rules, one at each end: a short gap where a worn rule crosses a single
    perpendicular one has that one rule near both of its ends.
    """
    starts = [c for c in crossings if abs(c - gap[0]) <= tol]
    ends = [c for c in crossings if abs(c - gap[1]) <= tol]
    return any(b - a > tol for a in starts for b in ends)


def _merged(spans: list[tuple[float, float]]) -> list[list[float]]:
    """Overlapping or touching pieces as one (sorted)."""
    out: list[list[float]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


# Evidence of a rule inside a gap: (orientation, position, start, end) in points -> share
# of the gap where the picture shows a faint line (see ``extract.ocr_image.rule_evidence``).
Evidence = Callable[[str, float, float, float, bool], float]
# Share of a long gap that must show a faint line for the gap to be wear.
MIN_EVIDENCE = 0.6
# Share of a short gap bounded by perpendicular rules that must show a line for it to be
# wear: letters crossing a merged row darken about half of it.
WHOLE_LINE = 0.9


def _join_line(
    pieces: list[Edge], crossings: Sequence[float], evidence: Evidence | None = None
) -> list[tuple[float, float]]:
    """Spans of one rule's pieces (same position) after joining the gaps that are wear.

    A gap up to :data:`JOIN_TOLERANCE` is always wear. A longer one, up to
    :data:`MAX_GAP`, is wear unless a perpendicular rule stands at both of its ends (a
    merged cell's gap), and only when the line is mostly ink end to end (not strokes of
    text that happen to line up) and the picture shows a faint line along the gap
    (``evidence``) or, without a picture, the pieces beside the gap are substantial.
    """
    runs = _merged([_span(p) for p in pieces])
    if not runs:
        return []
    at = _at(pieces[0])
    orientation = pieces[0]["orientation"]
    inked = sum(e - s for s, e in runs)
    mostly_ink = inked >= MIN_COVER * (runs[-1][1] - runs[0][0])
    out = [runs[0]]
    for start, end in runs[1:]:
        last = out[-1]
        gap = start - last[1]
        # a short gap is wear, unless it is one row's height between two perpendicular
        # rules and the picture shows no whole line there (a section row merged across
        # columns; its letters darken part of the gap, a rule all of it). Wrongly left
        # open, a rule only merges cells that the grid cuts again at the column edges.
        wear = gap <= JOIN_TOLERANCE and not (
            evidence is not None
            and _bounded((last[1], start), crossings, INTERSECTION_TOLERANCE * 2)
            and evidence(orientation, at, last[1], start, False) < WHOLE_LINE
        )
        if not wear and gap <= MAX_GAP:
            substantial = min(last[1] - last[0], end - start) >= MIN_PIECE
            seen = mostly_ink and (
                substantial
                if evidence is None
                else evidence(orientation, at, last[1], start, False) >= MIN_EVIDENCE
            )
            wear = seen and not _bounded((last[1], start), crossings, INTERSECTION_TOLERANCE * 2)
        if wear:
            last[1] = end
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _extended(
    span: tuple[float, float],
    crossings: Sequence[float],
    probe: Callable[[float, float, bool], float] | None,
) -> tuple[float, float]:
    """A rule that fades out short of the next perpendicular rule, carried on to it.

    Table rules end on perpendicular rules, so a fade of up to :data:`REACH_FREE` is
    carried on as it is; a longer one, up to :data:`MAX_GAP`, only where the picture
    shows the faint line (``probe``, strict). A rule that really ends goes nowhere.
    """
    start, end = span
    tol = INTERSECTION_TOLERANCE

    def reaches(a: float, b: float) -> bool:
        return b - a <= REACH_FREE or (probe is not None and probe(a, b, True) >= MIN_EVIDENCE)

    def ends_on_rule(at: float, inward: float) -> bool:
        # a rule that stops on a perpendicular one ends there (the row beyond is merged
        # across it: a section row); so does one that stops just past it, where a
        # letter's stroke touching the rule carried it on a little
        return any(-tol <= (c - at) * inward <= 2 * tol for c in crossings)

    after = [c for c in crossings if end + tol < c <= end + MAX_GAP]
    if after and not ends_on_rule(end, -1) and reaches(end, min(after)):
        end = min(after)
    before = [c for c in crossings if start - MAX_GAP <= c < start - tol]
    if before and not ends_on_rule(start, 1) and reaches(max(before), start):
        start = max(before)
    return start, end


def join_rules(
    edges: list[Edge], snap: float = SNAP_TOLERANCE, evidence: Evidence | None = None
) -> list[Edge]:
    """Snap pieces to common positions, join the worn gaps, carry faded ends on to the
    next perpendicular rule, drop what is too short."""
    snapped = snap_edges(edges, snap, snap)
    out: list[Edge] = []
    for orientation in ("h", "v"):
        mine = sorted((e for e in snapped if e["orientation"] == orientation), key=_at)
        across = [e for e in snapped if e["orientation"] != orientation]
        for at, group in groupby(mine, key=_at):
            crossings = _crossings(at, across, reach=12.0)
            probe = None
            if evidence is not None:
                probe = partial(evidence, orientation, at)
            # too short to be a rule on its own (a letter's stroke): not carried anywhere
            spans = [
                _extended(s, crossings, probe)
                for s in _join_line(list(group), crossings, evidence)
                if s[1] - s[0] >= MIN_LENGTH[orientation]
            ]
            for start, end in _merged(spans):
                if orientation == "h":
                    out.append(_edge("h", start, at, end, at))
                else:
                    out.append(_edge("v", at, start, at, end))
    return out


def _covered(hs: Sequence[Edge], y: float, x0: float, x1: float) -> bool:
    tol = INTERSECTION_TOLERANCE
    return any(abs(h["top"] - y) <= tol and h["x0"] <= x0 + tol and h["x1"] >= x1 - tol for h in hs)


def implied_rules(joined: list[Edge]) -> list[Edge]:
    """Horizontal rules that vertical rules ending together at one height imply.

    A scan cuts a page's edge at a slant, and a table that runs to the page's foot (a
    row split across pages) loses its closing rule; a blurred thin rule under a row can
    vanish. The vertical rules still stop together where it was: :data:`MIN_ENDS` of
    them ending within a few points, with no horizontal rule there, put it back.
    """
    hs = [e for e in joined if e["orientation"] == "h"]
    vs = [e for e in joined if e["orientation"] == "v"]
    added: list[Edge] = []
    for key in ("bottom", "top"):
        ends = sorted(vs, key=lambda v: v[key])
        groups: list[list[Edge]] = []
        for v in ends:
            if groups and v[key] - groups[-1][-1][key] <= SNAP_TOLERANCE:
                groups[-1].append(v)
            else:
                groups.append([v])
        for group in groups:
            if len(group) < MIN_ENDS:
                continue
            y = sum(v[key] for v in group) / len(group)
            x0, x1 = _to_neighbours(vs, y, min(v["x0"] for v in group), max(v["x0"] for v in group))
            if not _covered(hs + added, y, x0, x1):
                added.append(_edge("h", x0, y, x1, y))
    return [*joined, *added]


def _to_neighbours(vs: Sequence[Edge], y: float, x0: float, x1: float) -> tuple[float, float]:
    """An implied rule carried on to the nearest vertical rule on each side that runs on
    past it: the row closed there in that column too, else the rule would stop in the
    middle of a cell and the cell finder would make one cell over the row and the one
    below it (a box overlapping the row's own cells, its words read twice)."""
    tol = INTERSECTION_TOLERANCE
    through = [v["x0"] for v in vs if v["top"] < y - tol and v["bottom"] > y + tol]
    left = [x for x in through if x < x0 - tol]
    right = [x for x in through if x > x1 + tol]
    return (max(left) if left else x0), (min(right) if right else x1)


def cells_from_rules(
    joined: list[Edge], intersect: float = INTERSECTION_TOLERANCE
) -> list[list[Box]]:
    """Cell boxes grouped per table, top to bottom, from joined rules (points)."""
    joined = implied_rules(joined)
    points = edges_to_intersections(joined, intersect, intersect)
    # two intersections a hair apart make a cell with no inside: not a cell
    cells = [c for c in intersections_to_cells(points) if min(c[2] - c[0], c[3] - c[1]) >= 2]
    tables = cells_to_tables(cells)
    out = [[Box(*map(float, c)) for c in t] for t in tables]
    out.sort(key=_reading_top)
    return out


def _reading_top(cells: list[Box]) -> float:
    """Where a table starts for reading order: its highest cell of some width. A sliver
    of a cell beside it (a speck's line at the page's edge) may reach far higher."""
    left, right = min(b.x0 for b in cells), max(b.x1 for b in cells)
    wide = [b.top for b in cells if b.x1 - b.x0 >= MIN_CELL_SHARE * (right - left)]
    return min(wide or [b.top for b in cells])


def table_cells(edges: list[Edge], *, snap: float = SNAP_TOLERANCE) -> list[list[Box]]:
    """Cell boxes grouped per table, from unjoined edge dicts in points."""
    return cells_from_rules(join_rules(edges, snap))


def on_rules(
    segments: Sequence[Segment], joined: Sequence[Edge], scale: float, tol: float = SNAP_TOLERANCE
) -> list[Segment]:
    """The segments (pixels) that are pieces of a joined rule (points).

    Only these are erased before OCR: a short stroke that joined no rule is part of a
    glyph (the bar of a large ``T``) and must stay.
    """
    out = []
    for s in segments:
        at = (s.top if s.orientation == "h" else s.x0) * scale
        start = (s.x0 if s.orientation == "h" else s.top) * scale
        end = (s.x1 if s.orientation == "h" else s.bottom) * scale
        for e in joined:
            if e["orientation"] != s.orientation or abs(_at(e) - at) > tol:
                continue
            lo, hi = _span(e)
            if lo - tol <= start and end <= hi + tol:
                out.append(s)
                break
    return out


def column_count(cells: Sequence[Box], tolerance: float = SNAP_TOLERANCE) -> int:
    """Columns of a table's grid: distinct x edges minus one."""
    xs = sorted({round(b.x0, 1) for b in cells} | {round(b.x1, 1) for b in cells})
    distinct: list[float] = []
    for x in xs:
        if not distinct or x - distinct[-1] > tolerance:
            distinct.append(x)
    return max(len(distinct) - 1, 0)
