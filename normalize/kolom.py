"""Which column is which: header rows matched to the contract's fields by fuzzy wording.

Columns are found by what their header says, never by position, so a unit that
reorders or renames its columns still reads right. A table without a header (a page
that continues the previous one) inherits the previous table's columns by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from extract.layout import Box, Cell, Table

ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("NO", "NO.", "NOMOR", "NO URUT"),
    "hasil_evaluasi": (
        "HASIL EVALUASI",
        "HASIL EVALUASI INSPEKTORAT",
        "URAIAN HASIL EVALUASI",
        "CATATAN HASIL EVALUASI",
        "TEMUAN",
        "URAIAN TEMUAN",
        "KONDISI",
    ),
    # the komponen in a column of its own (merged over its rows) instead of section rows
    "komponen": ("KOMPONEN", "KOMPONEN SAKIP", "KOMPONEN EVALUASI", "ASPEK", "ASPEK PENILAIAN"),
    # the scores in a column of their own beside the HASIL EVALUASI text
    "nilai": ("NILAI", "SKOR", "NILAI KOMPONEN", "NILAI SKOR", "NILAI EVALUASI"),
    "rekomendasi": ("REKOMENDASI", "REKOMENDASI INSPEKTORAT", "SARAN", "REKOMENDASI LHE"),
    "rencana_aksi": (
        "RENCANA AKSI",
        "RENCANA AKSI TINDAK LANJUT",
        "RENCANA TINDAK LANJUT",
        "TINDAK LANJUT",
        "RENCANA AKSI ATAS REKOMENDASI",
        "LANGKAH TINDAK LANJUT",
    ),
    "target_data": ("TARGET DATA", "TARGET", "TARGET DATA DUKUNG", "OUTPUT", "TARGET OUTPUT"),
    "waktu_pelaksanaan": (
        "WAKTU PELAKSANAAN",
        "WAKTU",
        "JADWAL",
        "JADWAL PELAKSANAAN",
        "BATAS WAKTU",
        "TENGGAT WAKTU",
    ),
    "penanggung_jawab": ("PENANGGUNG JAWAB", "PENANGGUNGJAWAB", "PIC", "PJ", "PELAKSANA"),
    "status_progres": (
        "STATUS/PROGRES PENYELESAIAN",
        "STATUS PROGRES PENYELESAIAN",
        "STATUS",
        "PROGRES",
        "PROGRESS",
        "KETERANGAN",
        "PROGRES TINDAK LANJUT",
        "STATUS TINDAK LANJUT",
        "KESESUAIAN",
        "PROGRES (%)",
        "CAPAIAN",
        "CAPAIAN (%)",
        "HASIL TINDAK LANJUT",
        "REALISASI",
        "REALISASI TINDAK LANJUT",
    ),
    "tautan": (
        "LINK GOOGLE DRIVE",
        "LINK",
        "TAUTAN",
        "BUKTI DUKUNG",
        "LINK BUKTI DUKUNG",
        "LINK DATA DUKUNG",
        "DOKUMEN PENDUKUNG",
        "ALAMAT TAUTAN",
        "ALAMAT TAUTAN BUKTI",
        "TAUTAN BUKTI DUKUNG",
        "BUKTI",
        "BUKTI (TAUTAN)",
    ),
}
MONITORING_FIELDS = frozenset(
    {"target_data", "waktu_pelaksanaan", "penanggung_jawab", "status_progres", "tautan"}
)
# below this a header cell is not taken to name a field
MIN_SCORE = 82.0
# Characters of text under a header, in the header's cell, that make it body text.
MIN_BODY_TEXT = 40
_NUMBER_ROW = re.compile(r"^\(?\d{1,2}\)?$")
# Height (points) of the number row's line where no rule marks where it ends.
NUMBER_LINE_HEIGHT = 14.0


def _key(text: str) -> str:
    # headers wrap inside narrow cells ("N O", "TARGE T DATA"): compare letters only
    return re.sub(r"[^A-Z]", "", text.upper())


_ALIAS_KEYS = {field: tuple(_key(a) for a in names) for field, names in ALIASES.items()}


# Names that also begin body text ("Nilai komponen Perencanaan Kinerja sebesar ..."): a
# header must be one of them, not merely begin with one.
_WHOLE_ONLY = frozenset(_key(a) for a in ALIASES["nilai"])


def _alias_score(key: str, alias: str) -> float:
    score = float(fuzz.ratio(key, alias))
    # a header that begins with a known name and says more ("LINK BUKTI", "KETERANGAN
    # TINDAK LANJUT") names that field, a little less surely than the name itself
    if len(alias) >= 4 and alias not in _WHOLE_ONLY and key.startswith(alias):
        score = max(score, 90.0)
    return score


def field_scores(text: str) -> dict[str, float]:
    """How well a header text names each field (rapidfuzz ratio on letters only)."""
    key = _key(text)
    if not key:
        return {}
    return {
        field: max(_alias_score(key, a) for a in aliases) for field, aliases in _ALIAS_KEYS.items()
    }


def score_header(text: str) -> tuple[str | None, float]:
    """The field a header cell names, with the rapidfuzz score that decided it."""
    scores = field_scores(text)
    if not scores:
        return None, 0.0
    field = max(scores, key=lambda f: scores[f])
    return (field, scores[field]) if scores[field] >= MIN_SCORE else (None, scores[field])


_ROW_CONTENT = ("no", "hasil_evaluasi", "rekomendasi", "rencana_aksi")


def restates_header(texts: dict[str, str]) -> bool:
    """Whether a body row's cells (field -> text) name their own columns again: the header
    repeated inside a table (a table without vertical rules read as one across a section,
    a header retyped after a page break by hand)."""
    named = {field for field, text in texts.items() if score_header(text)[0] == field}
    return "rekomendasi" in named and len(named) >= 3


# a cell line that opens content: a number or a list item ("1", "1. Agar ...")
_CONTENT_START = re.compile(r"^\s*\d")


def _named_lines(field: str, lines: tuple[str, ...]) -> int:
    """How many of a cell's first lines are its column's header: the prefix that names the
    field best, the longer on a tie ("REKOMENDASI" / "INSPEKTORAT")."""
    count, best = 0, 0.0
    for k in range(1, len(lines) + 1):
        if _CONTENT_START.match(lines[k - 1]):
            break
        score = field_scores(" ".join(lines[:k])).get(field, 0.0)
        if score >= max(best, MIN_SCORE):
            count, best = k, score
    return count


def after_header(cells: dict[str, Cell]) -> dict[str, Cell] | None:
    """A row that restates the header, with each cell's header lines taken off, when the
    rest holds a finding or a recommendation: a faint rule under a repeated header lost,
    the first row below it joined the header's row. None when the row is the header only."""
    out = {}
    for field, cell in cells.items():
        k = _named_lines(field, cell.lines)
        out[field] = replace(cell, lines=cell.lines[k:], line_tops=cell.line_tops[k:])
    if not any(" ".join(out[f].lines).strip() for f in _ROW_CONTENT if f in out):
        return None
    return out


@dataclass(frozen=True)
class ColumnMap:
    """Column index -> contract field, and how many rows the header takes."""

    fields: dict[int, str]
    header_rows: int
    start_row: int = 0

    @property
    def layout(self) -> str:
        found = MONITORING_FIELDS & set(self.fields.values())
        return "monitoring" if len(found) >= 2 else "rencana_aksi"

    @property
    def body_start(self) -> int:
        return self.start_row + self.header_rows

    def field_of(self, col: int) -> str | None:
        return self.fields.get(col)


def _column_texts(table: Table, first: int, last: int) -> dict[int, list[str]]:
    """Per column, the header texts that name it: each header row's cell, then all joined.

    In a two-row header a group cell ("TINDAK LANJUT") spans the sub-columns below it; a
    sub-column is named by its own cell, a column spanning both rows by the joined text.
    """
    texts: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.row + cell.rowspan <= first or cell.row > last or not cell.text:
            continue
        for col in range(cell.col, cell.col + cell.colspan):
            texts.setdefault(col, []).append(cell.text)
    return {
        col: [*parts, " ".join(parts)] if len(parts) > 1 else parts for col, parts in texts.items()
    }


def _assign(texts: dict[int, list[str]]) -> dict[int, str]:
    """Columns to fields one to one, surest first.

    Every (column, field) pair is scored by the column's best header text; pairs are
    taken in descending score, a longer header text winning a tie ("RENCANA AKSI TINDAK
    LANJUT" over a group header's "TINDAK LANJUT").
    """
    pairs: list[tuple[float, int, int, str]] = []
    for col, candidates in texts.items():
        best: dict[str, tuple[float, int]] = {}
        for text in candidates:
            for field, score in field_scores(text).items():
                if score >= MIN_SCORE and (score, len(text)) > best.get(field, (0.0, 0)):
                    best[field] = (score, len(text))
        pairs.extend((score, length, col, field) for field, (score, length) in best.items())
    assigned: dict[int, str] = {}
    for _, _, col, field in sorted(pairs, key=lambda p: (-p[0], -p[1], p[2])):
        if col not in assigned and field not in assigned.values():
            assigned[col] = field
    return assigned


def _is_number_row(table: Table, row: int) -> bool:
    """A row numbering the columns ("1 2 3 ..." or "(1) (2) ..."), even partly read (OCR)."""
    cells = table.row_cells(row)
    texts = [c.text.strip() for c in cells if c.text.strip()]
    numbers = [t for t in texts if _NUMBER_ROW.match(t)]
    # most cells hold small numbers and nothing in the row is longer text
    if len(numbers) >= max(3, len(cells) // 2) and len(numbers) >= len(texts) - 1:
        return True
    # a scan's number row can keep only a few of its numbers, each its column's own
    own = [c for c in cells if c.text.strip().strip("()") == str(c.col + 1)]
    return len(own) >= 2 and len(own) == len(texts)


def _numbered_first(table: Table, row: int) -> bool:
    """Whether most cells of ``row`` begin with their own column's number: a number row
    drawn (or scanned) without its bottom rule, run together with the first body row."""
    hits = 0
    for c in table.row_cells(row):
        first = c.lines[0].strip("() ") if c.lines else ""
        hits += first.isdigit() and int(first) == c.col + 1
    return hits >= max(3, (table.n_cols + 1) // 2)


def _cut_cells(table: Table, row: int, cuts: dict[int, tuple[int, float]], grow: int) -> Table:
    """``table`` with the cells of ``row`` named in ``cuts`` (column -> lines kept, height
    of the cut) cut in two: their first lines stay, the rest start the row below. With
    ``grow`` a grid row is put in below ``row`` for them (the other rows move down one,
    the cells across it span one more)."""
    cells: list[Cell] = []
    for c in table.cells:
        if c.row == row and c.col in cuts:
            k, y = cuts[c.col]
            above = Box(c.box.x0, c.box.top, c.box.x1, y)
            below = Box(c.box.x0, y, c.box.x1, c.box.bottom)
            tops = c.line_tops
            cells.append(
                replace(c, rowspan=1, box=above, lines=c.lines[:k], links=(), line_tops=tops[:k])
            )
            cells.append(
                replace(
                    c,
                    row=row + 1,
                    rowspan=c.rowspan - 1 + grow,
                    box=below,
                    lines=c.lines[k:],
                    line_tops=tops[k:],
                )
            )
        elif grow and c.row > row:
            cells.append(replace(c, row=c.row + 1))
        elif grow and c.row <= row < c.row + c.rowspan:
            cells.append(replace(c, rowspan=c.rowspan + 1))
        else:
            cells.append(c)
    cells.sort(key=lambda c: (c.row, c.col))
    return replace(table, n_rows=table.n_rows + grow, cells=tuple(cells))


def _header_lines(lines: tuple[str, ...]) -> int:
    """How many of a cell's first lines are a header naming a field when the lines after
    them are body text (longer than any header, naming no field); 0 otherwise."""
    # the best-named prefix, the shorter on a tie: a long text scores high on a header
    # word it contains
    best, top = 0, 0.0
    for k in range(1, len(lines)):
        field, score = score_header(" ".join(lines[:k]))
        if field is not None and score > top:
            best, top = k, score
    rest = " ".join(lines[best:])
    if not best or len(rest) < MIN_BODY_TEXT or score_header(rest)[0] is not None:
        return 0
    return best


def split_open_header(table: Table, columns: ColumnMap) -> Table:
    """``table`` with a header row closed where a lost rule ran it into the first body row.

    On a continuation page whose rule under the header a scan lost, the header cell
    holds "HASIL EVALUASI INSPEKTORAT" over the rest of the hasil evaluasi from the page
    before. Such a cell (its whole text no header, its first lines one) is cut after
    the header lines and a grid row is put in for the body; the header is mapped again.
    """
    row = columns.body_start - 1
    cuts = {
        c.col: (k, c.box.top + (c.box.bottom - c.box.top) * k / len(c.lines))
        for c in table.row_cells(row)
        if c.rowspan == 1 and (k := _header_lines(c.lines))
    }
    return _cut_cells(table, row, cuts, grow=1) if cuts else table


def split_number_row(table: Table, columns: ColumnMap) -> tuple[Table, ColumnMap]:
    """``table`` with the column-number row closed where a missing rule left it open.

    A number row drawn without its bottom rule (or whose rule a scan lost) leaves the
    number and the first body row in one cell: "2" over the rest of a HASIL EVALUASI
    that runs on from the page before. Such cells are cut after their number line, so
    the body keeps its text and the number row only its numbers. When no column closes
    the row, a grid row is put in for the body and the header grows by the number row.
    """
    row = columns.body_start - 1
    if row >= columns.start_row and _is_number_row(table, row):
        closed = sorted(c.box.bottom for c in table.row_cells(row) if c.rowspan == 1)
        if not closed:
            return table, columns
        y, grow = closed[len(closed) // 2], 0
    elif columns.body_start < table.n_rows and _numbered_first(table, columns.body_start):
        row = columns.body_start
        # the number line's height: a line of the row's shortest cell
        y = min(c.box.top for c in table.row_cells(row)) + NUMBER_LINE_HEIGHT
        columns, grow = replace(columns, header_rows=columns.header_rows + 1), 1
    else:
        return table, columns
    cuts = {
        c.col: (1, y)
        for c in table.row_cells(row)
        if len(c.lines) > 1 and _NUMBER_ROW.match(c.lines[0].strip()) and (c.rowspan > 1 or grow)
    }
    return _cut_cells(table, row, cuts, grow), columns


# How deep the header may stand below rows of short text: a spreadsheet printed with its
# gridlines puts the title and the PJ block in cells of the same grid
MAX_FRAMED_START = 12
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s")


def _title_rows(table: Table, rows: int) -> bool:
    """Whether the first ``rows`` rows hold only short lines (a title, a PJ block), no body
    text: so a header below them opens the table, not a header repeated in its body."""
    for cell in table.cells:
        if cell.row >= rows:
            continue
        text = " ".join(cell.lines)
        if len(text) >= MIN_BODY_TEXT or any(_ITEM_LINE.match(ln) for ln in cell.lines):
            return False
    return True


def map_header(table: Table, max_start: int = 3) -> ColumnMap | None:
    """The header of ``table`` if one of its first rows names the columns (or a row under
    a title framed in the same grid, :data:`MAX_FRAMED_START`)."""
    best: ColumnMap | None = None
    for start in range(min(MAX_FRAMED_START, table.n_rows)):
        if start >= max_start and not _title_rows(table, start):
            break
        for depth in (1, 2):
            if start + depth > table.n_rows:
                break
            fields = _assign(_column_texts(table, start, start + depth - 1))
            if "rekomendasi" not in fields.values() or len(fields) < 3:
                continue
            if best is None or len(fields) > len(best.fields):
                best = ColumnMap(fields, depth, start)
        if best is not None:
            break
    if best is None:
        return None
    if best.start_row > 0 and best.header_rows == 2:
        # under a title: the first of the two rows may be the title's last line ("Nomor
        # HP : ..."), which names nothing the second row alone does not
        below = _assign(_column_texts(table, best.start_row + 1, best.start_row + 1))
        if "rekomendasi" in below.values() and len(below) >= len(best.fields):
            best = ColumnMap(below, 1, best.start_row + 1)
    rows = best.header_rows
    if best.body_start < table.n_rows and _is_number_row(table, best.body_start):
        rows += 1
    return ColumnMap(best.fields, rows, best.start_row)


def inherit_columns(previous: Table, columns: ColumnMap, table: Table) -> ColumnMap:
    """Columns of a headerless continuation table, by overlap with the previous table's."""
    fields: dict[int, str] = {}
    prev_edges = previous.col_edges
    for col in range(table.n_cols):
        left, right = table.col_edges[col], table.col_edges[col + 1]
        overlaps = [
            (min(right, prev_edges[p + 1]) - max(left, prev_edges[p]), p)
            for p in range(previous.n_cols)
        ]
        overlap, p = max(overlaps)
        field = columns.field_of(p)
        if overlap > 0.5 * (right - left) and field is not None:
            fields[col] = field
    return ColumnMap(fields, 0, 0)
