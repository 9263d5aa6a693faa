"""Header mapping with a column-number row left open (``normalize.kolom``)."""

from __future__ import annotations

from extract.layout import Box, Cell, Table
from normalize.kolom import after_header, map_header, split_number_row, split_open_header

HEADER = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI", "TARGET", "WAKTU")
EDGES = (30.0, 60.0, 250.0, 350.0, 450.0, 500.0, 560.0)


def _cell(row: int, col: int, top: float, bottom: float, *lines: str, span: int = 1) -> Cell:
    return Cell(row, col, span, 1, Box(EDGES[col], top, EDGES[col + 1], bottom), lines)


def _table(cells: list[Cell], n_rows: int) -> Table:
    return Table(1, Box(30, 40, 560, 300), n_rows, 6, EDGES, tuple(cells))


def _header() -> list[Cell]:
    return [_cell(0, c, 40, 63, text) for c, text in enumerate(HEADER)]


def test_number_row_open_in_some_columns() -> None:
    # held-out scan 014, page 2: NO and HASIL run from the number row into the body,
    # whose HASIL continues from the page before
    cells = [
        *_header(),
        _cell(1, 0, 63, 169, "1", span=2),
        _cell(1, 1, 63, 169, "2", "belum terdapat jadwal.", "c. Pemanfaatan ...", span=2),
        *[_cell(1, c, 63, 78, str(c + 1)) for c in range(2, 6)],
        *[_cell(2, c, 78, 169) for c in range(2, 6)],
    ]
    table = _table(cells, 3)
    columns = map_header(table)
    assert columns is not None and columns.body_start == 2
    split, columns = split_number_row(table, columns)
    assert columns.body_start == 2
    body = {c.col: c.lines for c in split.row_cells(2)}
    assert body[1] == ("belum terdapat jadwal.", "c. Pemanfaatan ...")
    assert {c.col: c.lines for c in split.row_cells(1)}[1] == ("2",)


def test_number_row_run_together_with_the_first_body_row() -> None:
    # held-out scan 014, page 3: no rule under the number row in any column
    cells = [
        *_header(),
        _cell(1, 0, 63, 169, "1"),
        _cell(1, 1, 63, 169, "2", "belum dilaksanakan oleh SDM."),
        _cell(1, 2, 63, 169, "3"),
        _cell(1, 3, 63, 169, "4"),
        _cell(1, 4, 63, 169, "(5"),  # a stamp over the numbers
        _cell(1, 5, 63, 169, "LN"),
        _cell(2, 1, 169, 186, "C Pelaporan Kinerja"),
    ]
    table = _table(cells, 3)
    columns = map_header(table)
    assert columns is not None and columns.body_start == 1
    split, columns = split_number_row(table, columns)
    assert columns.body_start == 2 and split.n_rows == 4
    assert {c.col: c.lines for c in split.row_cells(2)} == {1: ("belum dilaksanakan oleh SDM.",)}
    assert [c.lines for c in split.row_cells(3)] == [("C Pelaporan Kinerja",)]


def test_a_body_row_is_left_alone() -> None:
    cells = [
        *_header(),
        _cell(1, 0, 63, 169, "1"),
        _cell(1, 1, 63, 169, "Perencanaan Kinerja memperoleh nilai 21,60"),
        _cell(1, 2, 63, 169, "1. Agar menyusun"),
        _cell(1, 3, 63, 169, "1. Menyusun"),
        _cell(1, 4, 63, 169, "1 Dokumen"),
        _cell(1, 5, 63, 169, "Maret 2024"),
    ]
    table = _table(cells, 2)
    columns = map_header(table)
    assert columns is not None
    assert split_number_row(table, columns) == (table, columns)


def test_number_row_with_most_numbers_lost() -> None:
    # held-out scan 201, page 2: the numbers of the row under the header are faint; OCR
    # kept "1", "4" and "6" only, each in its own column
    cells = [
        *_header(),
        _cell(1, 0, 52, 63, "1"),
        _cell(1, 3, 52, 63, "4"),
        _cell(1, 5, 52, 63, "6"),
        *[_cell(1, c, 52, 63) for c in (1, 2, 4)],
        _cell(2, 0, 63, 181, "1"),
        _cell(2, 1, 63, 181, "Hasil evaluasi atas komponen Evaluasi"),
    ]
    columns = map_header(_table(cells, 3))
    assert columns is not None and columns.body_start == 2


def test_header_run_into_the_first_body_row() -> None:
    # held-out scan 103, page 2: the rule under the header is lost; the HASIL header cell
    # holds the rest of the hasil evaluasi continued from the page before
    rest = ("dari bobot 7,50 (80,00%), LKjIP telah digunakan", "sebagai bahan evaluasi")
    cells = [
        _cell(0, 0, 40, 200, "NO"),
        _cell(0, 1, 40, 200, "HASIL EVALUASI INSPEKTORAT", *rest),
        *[_cell(0, c, 40, 200, text) for c, text in enumerate(HEADER[2:], start=2)],
        _cell(1, 0, 200, 217, "D."),
        _cell(1, 1, 200, 217, "EVALUASI AKUNTABILITAS KINERJA INTERNAL"),
    ]
    table = _table(cells, 2)
    columns = map_header(table)
    assert columns is not None
    opened = split_open_header(table, columns)
    assert opened.n_rows == 3
    assert [c.lines for c in opened.row_cells(1)] == [rest]
    assert {c.col: c.lines for c in opened.row_cells(0)}[1] == ("HASIL EVALUASI INSPEKTORAT",)
    assert opened.row_cells(2)[0].lines == ("D.",)


def test_two_line_header_cells_stay_whole() -> None:
    cells = [
        _cell(0, 0, 40, 63, "NO"),
        _cell(0, 1, 40, 63, "HASIL EVALUASI", "SAKIP"),
        _cell(0, 2, 40, 63, "REKOMENDASI", "INSPEKTORAT"),
        _cell(0, 3, 40, 63, "RENCANA AKSI", "TINDAK LANJUT"),
        _cell(1, 0, 63, 90, "1"),
    ]
    table = _table(cells, 2)
    columns = map_header(table)
    assert columns is not None
    assert split_open_header(table, columns) is table


# held-out scan 403 (low toner): the faint rule under the header repeated on page 3 lost, the
# komponen's first finding joined the header's row
def test_a_row_joined_to_a_repeated_header_keeps_what_is_below_the_header() -> None:
    cells = {
        "no": _cell(3, 0, 100, 160, "NO"),
        "hasil_evaluasi": _cell(
            3,
            1,
            100,
            160,
            "HASIL EVALUASI INSPEKTORAT",
            "Skor komponen Pelaporan Kinerja",
            "adalah 11,04",
        ),
        "rekomendasi": _cell(3, 2, 100, 160, "REKOMENDASI", "INSPEKTORAT"),
        "rencana_aksi": _cell(3, 3, 100, 160, "RENCANA.AKSI TINDAK", "LANJUT"),
        "target_data": _cell(3, 4, 100, 160, "TARGET", "DATA"),
    }
    below = after_header(cells)
    assert below is not None
    assert below["hasil_evaluasi"].lines == ("Skor komponen Pelaporan Kinerja", "adalah 11,04")
    assert [below[f].lines for f in ("no", "rekomendasi", "rencana_aksi", "target_data")] == [
        ()
    ] * 4


def test_a_repeated_header_alone_leaves_nothing() -> None:
    cells = {
        "no": _cell(3, 0, 100, 120, "NO"),
        "hasil_evaluasi": _cell(3, 1, 100, 120, "HASIL EVALUASI"),
        "rekomendasi": _cell(3, 2, 100, 120, "REKOMENDASI", "INSPEKTORAT"),
        "rencana_aksi": _cell(3, 3, 100, 120, "RENCANA AKSI"),
    }
    assert after_header(cells) is None


def test_a_numbered_recommendation_under_the_header_is_kept() -> None:
    cells = {
        "no": _cell(3, 0, 100, 140, "NO", "1"),
        "hasil_evaluasi": _cell(3, 1, 100, 140, "HASIL EVALUASI"),
        "rekomendasi": _cell(3, 2, 100, 140, "REKOMENDASI", "1. Agar menyajikan"),
        "rencana_aksi": _cell(3, 3, 100, 140, "RENCANA AKSI"),
    }
    below = after_header(cells)
    assert below is not None
    assert (below["no"].lines, below["rekomendasi"].lines) == (("1",), ("1. Agar menyajikan",))
