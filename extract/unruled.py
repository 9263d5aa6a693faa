"""Tables drawn without vertical rules: columns from the header, rows from the rules.

Some units draw only horizontal rules (or shade just the header row, so that only the
header has cell borders). The header names the columns; the column edges come from the
header's cell borders when it has them, else from the vertical bands that no word
crosses; each column's row boundaries are the horizontal rules that cross it (so a
HASIL EVALUASI cell spanning several recommendation rows stays one cell).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from extract.grid import build_table, group_lines, line_text, snap
from extract.layout import Box, Link, Table, Word

HEADER_KEYWORDS = (
    "REKOMENDASI",
    "RENCANA",
    "HASIL",
    "EVALUASI",
    "TARGET",
    "WAKTU",
    "PENANGGUNG",
    "STATUS",
    "PROGRES",
    "LINK",
    "KETERANGAN",
    "TINDAK",
)
# shorter rules are underlines or signature lines, not table rules
MIN_RULE_WIDTH = 100.0
# how far (pt) a table rule may run past the table's sides (a scan's rules wobble)
SIDE_SLACK = 8.0
# pieces of one rule broken by a worn print: on one height, gaps up to this (pt) ...
MAX_RULE_GAP = 200.0
# ... and together covering at least this share of the length they span
MIN_RULE_COVER = 0.6


def _is_header_line(text: str) -> bool:
    # keywords start words: "PERENCANAAN" in a body line holds "RENCANA" but is no label
    found = {k for k in HEADER_KEYWORDS if re.search(rf"\b{k}", text.upper())}
    return len(found) >= 3 and bool(found & {"REKOMENDASI", "RENCANA"})


def _same_height(rules: Sequence[Box], tolerance: float = 2.0) -> list[list[Box]]:
    groups: list[list[Box]] = []
    for r in sorted(rules, key=lambda r: r.top):
        if groups and r.top - groups[-1][0].top <= tolerance:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _whole(pieces: list[Box]) -> Box:
    return Box(pieces[0].x0, pieces[0].top, max(p.x1 for p in pieces), pieces[0].bottom)


def join_broken_rules(rules: Sequence[Box]) -> list[Box]:
    """Pieces of one horizontal rule joined: a low-toner print or a worn scan leaves a rule
    in pieces, none of them long enough to be taken for a table rule on its own.

    Pieces on one height, each gap under ``MAX_RULE_GAP``, joined when together they
    cover ``MIN_RULE_COVER`` of the length they span; else they stay apart.
    """
    out: list[Box] = []
    for group in _same_height(rules):
        chains: list[list[Box]] = []
        for r in sorted(group, key=lambda r: r.x0):
            if chains and r.x0 - max(p.x1 for p in chains[-1]) <= MAX_RULE_GAP:
                chains[-1].append(r)
            else:
                chains.append([r])
        for chain in chains:
            whole = _whole(chain)
            covered = _covered(chain)
            if len(chain) > 1 and covered >= MIN_RULE_COVER * (whole.x1 - whole.x0):
                out.append(whole)
            else:
                out.extend(chain)
    return out


def _covered(pieces: Sequence[Box]) -> float:
    """Length of the union of the pieces' x-intervals."""
    total, reach = 0.0, float("-inf")
    for p in sorted(pieces, key=lambda p: p.x0):
        start = max(p.x0, reach)
        if p.x1 > start:
            total += p.x1 - start
        reach = max(reach, p.x1)
    return total


def _table_sides(rules: Sequence[Box]) -> tuple[float, float]:
    """The table's left and right sides: where most of its full-width rules start and end
    (on a scan, a page edge's shadow or a fold can add one longer line)."""
    widest = max(r.x1 - r.x0 for r in rules)
    full = [r for r in rules if r.x1 - r.x0 >= 0.8 * widest]
    starts = sorted(r.x0 for r in full)
    ends = sorted(r.x1 for r in full)
    return starts[len(starts) // 2], ends[len(ends) // 2]


def _header_line(lines: Sequence[list[Word]], rules: Sequence[Box]) -> list[Word] | None:
    """The table's header line: the first header-like line with a rule above it.

    A title ("RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI ...") reads like a header too,
    but stands above the table's first rule.
    """
    candidates = [ln for ln in lines if _is_header_line(line_text(ln))]
    ruled = [ln for ln in candidates if any(r.top <= ln[0].box.top + 1 for r in rules)]
    chosen = ruled or candidates
    return chosen[0] if chosen else None


def _column_edges(words: Sequence[Word], x0: float, x1: float) -> list[float]:
    """Column boundaries where a vertical band of the table holds no word."""
    heights = sorted(w.box.bottom - w.box.top for w in words) or [8.0]
    # wider than a word space, narrower than two cell paddings
    min_gap = max(4.0, 0.6 * heights[len(heights) // 2])
    spans = sorted((w.box.x0, w.box.x1) for w in words)
    edges = [x0]
    reach = spans[0][1] if spans else x1
    for a, b in spans[1:]:
        if a - reach >= min_gap:
            edges.append((a + reach) / 2)
        reach = max(reach, b)
    edges.append(x1)
    return edges


def _label_spans(words: Sequence[Word]) -> list[tuple[float, float]]:
    """Header labels as x-intervals: words whose extents overlap or nearly touch.

    "Nearly": closer than 0.6 of the text height, wider than a word space (OCR's tight
    word boxes leave 3 pt between "HASIL" and "EVALUASI" in 7 pt type), far narrower than
    the padding between two columns' labels.
    """
    heights = sorted(w.box.bottom - w.box.top for w in words) or [5.0]
    tolerance = max(3.0, 0.6 * heights[len(heights) // 2])
    spans: list[list[float]] = []
    for w in sorted(words, key=lambda w: w.box.x0):
        if spans and w.box.x0 <= spans[-1][1] + tolerance:
            spans[-1][1] = max(spans[-1][1], w.box.x1)
        else:
            spans.append([w.box.x0, w.box.x1])
    return [(a, b) for a, b in spans]


def _least_covered(body: Sequence[Word], lo: float, hi: float) -> tuple[float, int] | None:
    """Middle of the widest x-interval in lo..hi that the fewest body words cover, and
    how many cover it.

    Fewest rather than none: a section row ("A. PERENCANAAN KINERJA") runs across the
    narrow NO column into HASIL EVALUASI, and a few such words must not close the gap
    that every other line leaves between the two columns.
    """
    spans = [
        (max(w.box.x0, lo), min(w.box.x1, hi)) for w in body if w.box.x1 > lo and w.box.x0 < hi
    ]
    cuts = sorted({lo, hi, *(a for a, _ in spans), *(b for _, b in spans)})
    best: tuple[int, float, float, float] | None = None  # (count, -width, a, b)
    for a, b in pairwise(cuts):
        if b <= a:
            continue
        count = sum(1 for x0, x1 in spans if x0 < b and x1 > a)
        key = (count, -(b - a), a, b)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None:
        return None
    # merge the chosen band with equally covered neighbours into one interval
    count, _, a, b = best
    for x, y in pairwise(cuts):
        covered = sum(1 for x0, x1 in spans if x0 < y and x1 > x)
        if covered == count and (y == a or x == b):
            a, b = min(a, x), max(b, y)
    return (a + b) / 2, count


# Between two header labels of one column (OCR split "HASIL EVALUASI" where worn print
# widened the space), the body's lines run on across the gap; between two columns only
# section rows do. More lines than this share crossing: one column.
MAX_CROSSING_SHARE = 0.3
# Fewer body lines than this between the rules cannot place the column edges.
MIN_BODY_LINES = 4


def _header_edges(
    header: Sequence[Word], body: Sequence[Word], x0: float, x1: float
) -> list[float] | None:
    """Column edges from the header labels, in the body's whitespace between them.

    Body text may run to within a space of the next column (spreadsheets without
    vertical borders), so whitespace across the whole table cannot be trusted; between
    two header labels, the edge is the widest band that the fewest body words cross.
    """
    labels = _label_spans(header)
    if len(labels) < 4:
        return None
    lines = group_lines(body)
    edges = [x0]
    for (left_start, left_end), (right_start, right_end) in pairwise(labels):
        found = _least_covered(body, left_end, right_start)
        if found is None:
            edges.append((left_end + right_start) / 2)
            continue
        gap, crossing = found
        near = sum(
            1 for ln in lines if any(w.box.x1 > left_start and w.box.x0 < right_end for w in ln)
        )
        if crossing >= 3 and crossing > MAX_CROSSING_SHARE * near:
            continue
        edges.append(gap)
    edges.append(x1)
    return edges if len(edges) >= 5 else None


# how far (pt) inside a column a rule may end and still end at the column's edge
EDGE_TOLERANCE = 4.0


def _to_column_edges(rule: Box, edges: Sequence[float]) -> Box:
    """The rule carried out to the column edges beyond its ends.

    A rule that ends inside a column was worn away there (a table's rules end at column
    edges: under a recommendation row, at the edge of the HASIL column it spans).
    """
    x0 = max((e for e in edges if e <= rule.x0 + EDGE_TOLERANCE), default=rule.x0)
    x1 = min((e for e in edges if e >= rule.x1 - EDGE_TOLERANCE), default=rule.x1)
    return Box(min(x0, rule.x0), rule.top, max(x1, rule.x1), rule.bottom)


def _cells(rules: Sequence[Box], edges: Sequence[float]) -> list[Box]:
    boxes: list[Box] = []
    rules = [_to_column_edges(r, edges) for r in rules]
    for left, right in pairwise(edges):
        mid = (left + right) / 2
        ys = snap(r.top for r in rules if r.x0 <= mid <= r.x1)
        boxes.extend(Box(left, a, right, b) for a, b in pairwise(ys))
    return boxes


def _table_rules(horizontals: Sequence[Box], top: float, x0: float, x1: float) -> list[Box]:
    """Rules of a table whose first rule is at ``top`` and that spans x0..x1."""
    width = x1 - x0
    return [
        h
        for h in horizontals
        if h.top >= top - 1
        and h.x1 - h.x0 >= max(MIN_RULE_WIDTH, 0.4 * width)
        and h.x0 < x1
        and h.x1 > x0
    ]


def table_from_rules(
    page: int,
    words: Sequence[Word],
    rules: Sequence[Box],
    links: Sequence[Link],
    edges: Sequence[float],
) -> tuple[Table | None, list[Word]]:
    boxes = _cells(rules, edges)
    if len(edges) < 4 or not boxes:
        return None, list(words)
    table, rest = build_table(page, boxes, words, links, ruled=False)
    return table, rest


# The most text a row under a lattice header may hold and still be no body row: a
# column-number row ("1 2 3 ...") or a section row ("A | Evaluasi Akuntabilitas Kinerja
# Internal"); a finding's row says far more.
SHORT_ROW = 50


def _header_only(table: Table) -> bool:
    """A lattice table that is its header alone (with a column-number or a section row):
    its body is ruled with horizontal lines only, below it. A table holding body rows is
    whole; rules under it are a signature's or a footnote's."""
    return all(
        sum(len(c.text.strip()) for c in table.row_cells(row)) <= SHORT_ROW
        for row in range(1, table.n_rows)
    )


def extend_open_table(
    table: Table,
    words: Sequence[Word],
    horizontals: Sequence[Box],
    links: Sequence[Link],
    stop: float = float("inf"),
) -> tuple[Table, list[Word]] | None:
    """A lattice table that is only its header (shaded header, no column lines below).

    When full-width rules continue below the lattice table with text between them, the
    table goes on without vertical rules: rebuild it with the header's column edges.
    Rules from ``stop`` down belong to the next table on the page (a second table under
    the first one's signature), not to this one.
    """
    if not _header_only(table):
        return None
    x0, x1 = table.col_edges[0], table.col_edges[-1]
    ours = [h for h in horizontals if h.top < stop - 1]
    below = [h for h in _table_rules(ours, table.box.bottom + 2, x0, x1)]
    if not below:
        return None
    last = max(h.top for h in below)
    inside = [w for w in words if table.box.bottom < w.box.cy < last and x0 < w.box.cx < x1]
    if not inside:
        return None
    rules = _table_rules(ours, table.box.top, x0, x1)
    rebuilt, rest = table_from_rules(table.page, words, rules, links, table.col_edges)
    return (rebuilt, rest) if rebuilt is not None else None


def _inside(long: Sequence[Box], left: float, right: float) -> list[Box]:
    """Rules that span much of the table and stay inside it: not a signature's underline,
    not a scan's page-edge shadow or fold running past the table."""
    return [
        h
        for h in long
        if h.x1 - h.x0 >= 0.4 * (right - left)
        and h.x0 >= left - SIDE_SLACK
        and h.x1 <= right + SIDE_SLACK
    ]


def find_unruled_tables(
    page: int,
    words: Sequence[Word],
    horizontals: Sequence[Box],
    links: Sequence[Link],
    prior_edges: Sequence[float] | None = None,
) -> tuple[list[Table], list[Word], tuple[float, ...] | None]:
    """The page's table found from a header line and horizontal rules.

    Returns the tables, the words outside them, and the column edges used, so that a
    continuation page without a repeated header can reuse them (``prior_edges``).
    """
    long = [h for h in join_broken_rules(horizontals) if h.x1 - h.x0 > MIN_RULE_WIDTH]
    if len(long) < 2:
        return [], list(words), None
    left, right = _table_sides(long)
    rules = _inside(long, left, right)
    if len(rules) < 2:
        return [], list(words), None
    header = _header_line(group_lines(words), rules)
    if header is None and prior_edges is None:
        return [], list(words), None
    if header is not None:
        # the header's labels are inside the table: a worn print's rules may stop short
        # of its sides
        wider = min(left, header[0].box.x0 - 3), max(right, header[-1].box.x1 + 3)
        if wider != (left, right):
            left, right = wider
            rules = _inside(long, left, right)
    top = min(r.top for r in rules)
    if header is not None:
        # the rule just above the header closes the table at the top
        above = [r.top for r in rules if r.top <= header[0].box.top + 1]
        top = max(above) if above else header[0].box.top - 1
    body_rules = [r for r in rules if r.top >= top - 1]
    if len(body_rules) < 2:
        return [], list(words), None
    y0, y1 = min(r.top for r in body_rules), max(r.top for r in body_rules)
    x0, x1 = left, right
    if header is not None:
        region = [w for w in words if y0 <= w.box.cy <= y1 and x0 <= w.box.cx <= x1]
        header_bottom = min((r.top for r in body_rules if r.top > header[0].box.bottom), default=y1)
        head = [w for w in region if w.box.cy < header_bottom]
        body = [w for w in region if w.box.cy >= header_bottom]
        if len(group_lines(body)) < MIN_BODY_LINES:
            # a worn print kept the header's rules only: the body runs on below them
            body = [w for w in words if w.box.cy >= header_bottom and x0 <= w.box.cx <= x1]
        edges = _header_edges(head, body, x0, x1) or _column_edges(region, x0, x1)
    else:
        assert prior_edges is not None
        edges = list(prior_edges)
    closing = _open_bottom(words, y1, x0, x1, edges)
    if closing is not None:
        body_rules = [*body_rules, Box(x0, closing, x1, closing)]
    table, rest = table_from_rules(page, words, body_rules, links, edges)
    if table is None:
        return [], list(words), None
    return [table], rest, tuple(edges)


def _columns_used(line: Sequence[Word], edges: Sequence[float]) -> int:
    return len({sum(1 for e in edges[1:-1] if w.box.cx > e) for w in line})


def _open_bottom(
    words: Sequence[Word], last_rule: float, x0: float, x1: float, edges: Sequence[float]
) -> float | None:
    """Where a row broken across the page ends when no rule closes it at the page foot.

    The lines right under the last rule, in two or more columns at once (a table row, not a
    signature block), running without a blank line to the last text of the page (at most
    a page number after them), are that row's part on this page.
    """
    below = [w for w in words if w.box.top >= last_rule and x0 <= w.box.cx <= x1]
    lines = group_lines(below)
    if len(lines) < 2 or _columns_used(lines[0], edges) < 2:
        return None
    height = sorted(w.box.bottom - w.box.top for w in below)[len(below) // 2]
    if lines[0][0].box.top - last_rule > 1.5 * height:
        return None
    end = 0
    for i in range(1, len(lines)):
        gap = min(w.box.top for w in lines[i]) - max(w.box.bottom for w in lines[i - 1])
        if gap > 1.5 * height:
            break
        end = i
    if len(lines) - (end + 1) > 1:
        return None  # more text further down: the table ended at its rule
    return max(w.box.bottom for ln in lines[: end + 1] for w in ln) + 1
