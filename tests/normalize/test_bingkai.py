"""A table printed with the sheet's gridlines: title and signature in its grid."""

from __future__ import annotations

from extract.layout import Box, Cell, DocumentLayout, PageLayout, Table
from normalize.bingkai import unframe
from normalize.blok import read_blok
from normalize.kolom import map_header

EDGES = (30.0, 60.0, 250.0, 400.0, 560.0, 700.0)


def _row(row: int, *texts: str) -> list[Cell]:
    top = 40.0 + 20 * row
    return [
        Cell(
            row,
            col,
            1,
            1,
            Box(EDGES[col], top, EDGES[col + 1], top + 20),
            (t,) if t else (),
            (),
            (top + 5,) if t else (),
        )
        for col, t in enumerate(texts)
    ]


def _framed() -> Table:
    """Held-out 1007: a sheet printed with gridlines, title and PJ above the header, the
    signature under an empty row below the last recommendation."""
    rows = [
        ("", "", "RENCANA AKSI DAN", "MONITORING TINDAK", "LANJUT"),
        ("", "", "KECAMATAN LABUAN", "KABUPATEN", "PANDEGLANG TAHUN 2022"),
        ("", "PJ Data SAKIP", ": IIN INAYAH, S.AP", "", ""),
        ("", "Nomor HP", ": 0812-8765-4321", "", ""),
        ("NO", "URAIAN TEMUAN", "SARAN/ REKOMENDASI", "LANGKAH TINDAK LANJUT", "JADWAL"),
        ("A.", "PERENCANAAN KINERJA", "", "", ""),
        ("1", "Nilai 19,14 atau 63,8%", "1. Agar sasaran dirumuskan", "1. Merevisi", "Juli 2023"),
        ("", "", "", "", ""),
        ("", "", "", "Labuan, 20", "Februari 2023"),
        ("", "", "", "NIP. 19780520", "200104 1 003"),
    ]
    cells = [c for i, texts in enumerate(rows) for c in _row(i, *texts)]
    return Table(1, Box(30, 40, 700, 220), len(rows), 5, EDGES, tuple(cells))


def test_the_header_under_a_framed_title_is_found() -> None:
    columns = map_header(_framed())
    assert columns is not None and columns.start_row == 4
    assert columns.fields[1] == "hasil_evaluasi" and columns.fields[3] == "rencana_aksi"


def test_rows_around_the_table_become_text_lines() -> None:
    layout = unframe(DocumentLayout((PageLayout(1, 842, 595, (_framed(),), ()),)))
    (page,) = layout.pages
    (table,) = page.tables
    assert table.n_rows == 3  # header, section row, the finding
    assert [ln.text for ln in page.text_lines] == [
        "RENCANA AKSI DAN MONITORING TINDAK LANJUT",
        "KECAMATAN LABUAN KABUPATEN PANDEGLANG TAHUN 2022",
        "PJ Data SAKIP : IIN INAYAH, S.AP",
        "Nomor HP : 0812-8765-4321",
        "Labuan, 20 Februari 2023",
        "NIP. 19780520 200104 1 003",
    ]
    blok = read_blok(layout)
    assert (blok.unit_kerja, blok.kabupaten, blok.pj_nama) == (
        "Kecamatan Labuan",
        "Pandeglang",
        "IIN INAYAH, S.AP",
    )


def test_a_table_of_its_own_is_left_as_it_is() -> None:
    rows = [("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI", "WAKTU")]
    rows += [("1", "Nilai 19,14", "1. Agar a", "1. A", "Juli 2023")]
    cells = [c for i, texts in enumerate(rows) for c in _row(i, *texts)]
    table = Table(1, Box(30, 40, 700, 80), 2, 5, EDGES, tuple(cells))
    layout = DocumentLayout((PageLayout(1, 842, 595, (table,), ()),))
    assert unframe(layout) is layout


def test_a_repeated_header_below_body_text_opens_no_table() -> None:
    # rows of body text above a header: a header repeated inside the table, not its start
    body = (
        "1",
        "Komponen Perencanaan Kinerja memperoleh nilai 21,60 atau 72%",
        "1. Agar a",
        "",
        "",
    )
    rows = [
        body,
        ("", "", "2. Agar b", "", ""),
        ("", "", "3. Agar c", "", ""),
        ("", "", "", "", ""),
    ]
    rows += [("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI", "WAKTU")]
    cells = [c for i, texts in enumerate(rows) for c in _row(i, *texts)]
    table = Table(1, Box(30, 40, 700, 140), len(rows), 5, EDGES, tuple(cells))
    assert map_header(table) is None
