"""Which column is which: header rows matched to the contract's fields by fuzzy wording.

Columns are found by what their header says, never by position, so a unit that
reorders or renames its columns still reads right. A table without a header (a page
that continues the previous one) inherits the previous table's columns by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extract.layout import Table

ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("NO", "NO.", "NOMOR", "NO URUT"),
    "hasil_evaluasi": (
        "HASIL EVALUASI",
        "HASIL EVALUASI INSPEKTORAT",
        "URAIAN HASIL EVALUASI",
        "CATATAN HASIL EVALUASI",
        "TEMUAN",
        "KONDISI",
    ),
    "rekomendasi": ("REKOMENDASI", "REKOMENDASI INSPEKTORAT", "SARAN", "REKOMENDASI LHE"),
    "rencana_aksi": (
        "RENCANA AKSI",
        "RENCANA AKSI TINDAK LANJUT",
        "RENCANA TINDAK LANJUT",
        "TINDAK LANJUT",
        "RENCANA AKSI ATAS REKOMENDASI",
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
    ),
    "tautan": (
        "LINK GOOGLE DRIVE",
        "LINK",
        "TAUTAN",
        "BUKTI DUKUNG",
        "LINK BUKTI DUKUNG",
        "LINK DATA DUKUNG",
        "DOKUMEN PENDUKUNG",
    ),
}
MONITORING_FIELDS = frozenset(
    {"target_data", "waktu_pelaksanaan", "penanggung_jawab", "status_progres", "tautan"}
)
# below this a header cell is not taken to name a field
MIN_SCORE = 82.0
_NUMBER_ROW = re.compile(r"^\(?\d{1,2}\)?$")


def _key(text: str) -> str:
    # headers wrap inside narrow cells ("N O", "TARGE T DATA"): compare letters only
    return re.sub(r"[^A-Z]", "", text.upper())


_ALIAS_KEYS = {field: tuple(_key(a) for a in names) for field, names in ALIASES.items()}


def score_header(text: str) -> tuple[str | None, float]:
    """The field a header cell names, with the rapidfuzz score that decided it."""
    key = _key(text)
    if not key:
        return None, 0.0
    best: tuple[str | None, float] = (None, 0.0)
    for field, aliases in _ALIAS_KEYS.items():
        score = max(fuzz.ratio(key, a) for a in aliases)
        if score > best[1]:
            best = (field, score)
    return best if best[1] >= MIN_SCORE else (None, best[1])


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


def _column_texts(table: Table, first: int, last: int) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.row + cell.rowspan <= first or cell.row > last or not cell.text:
            continue
        for col in range(cell.col, cell.col + cell.colspan):
            texts.setdefault(col, []).append(cell.text)
    return {col: " ".join(parts) for col, parts in texts.items()}


def _assign(texts: dict[int, str]) -> dict[int, str]:
    claims: dict[str, tuple[float, int]] = {}
    for col, text in texts.items():
        field, score = score_header(text)
        if field and (field not in claims or score > claims[field][0]):
            claims[field] = (score, col)
    return {col: field for field, (_, col) in claims.items()}


def _is_number_row(table: Table, row: int) -> bool:
    texts = [c.text.strip() for c in table.row_cells(row) if c.text.strip()]
    return len(texts) >= 3 and all(_NUMBER_ROW.match(t) for t in texts)


def map_header(table: Table, max_start: int = 3) -> ColumnMap | None:
    """The header of ``table`` if one of its first rows names the columns."""
    best: ColumnMap | None = None
    for start in range(min(max_start, table.n_rows)):
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
