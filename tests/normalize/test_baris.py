"""Finding numbers in the walk over table rows (``normalize.baris``)."""

from __future__ import annotations

import pytest

from extract.layout import Box, Cell, DocumentLayout, PageLayout, PageSource, Table
from normalize.baris import walk_document

HEADER = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI")
EDGES = (30.0, 60.0, 250.0, 400.0, 560.0)


def _row(row: int, *texts: str) -> list[Cell]:
    top = 40.0 + 30 * row
    return [
        Cell(
            row, col, 1, 1, Box(EDGES[col], top, EDGES[col + 1], top + 30), (text,) if text else ()
        )
        for col, text in enumerate(texts)
    ]


def _page(no_cells: tuple[str, str], source: PageSource) -> DocumentLayout:
    """Komponen D with two findings whose NO cells read ``no_cells``."""
    cells = [
        *_row(0, *HEADER),
        *_row(1, "D", "Evaluasi Akuntabilitas Kinerja Internal", "", ""),
        *_row(2, no_cells[0], "Evaluasi internal memperoleh nilai 21,25", "1. Agar a", "1. A"),
        *_row(3, no_cells[1], "Evaluasi internal belum berkala", "1. Agar b", "1. B"),
    ]
    table = Table(1, Box(30, 40, 560, 160), 4, 4, EDGES, tuple(cells))
    return DocumentLayout((PageLayout(1, 595, 842, (table,), (), source=source),))


def _numbers(layout: DocumentLayout) -> list[int]:
    walk = walk_document(layout)
    return [f.finding_no for p in walk.passes for f in p.findings]


def test_ocr_look_alike_of_the_next_finding_number_is_put_right() -> None:
    # held-out scan 101: the first finding of komponen D came back as "7"
    walk = walk_document(_page(("7", "2"), "ocr"))
    assert [f.finding_no for f in walk.passes[0].findings] == [1, 2]
    assert [r.finding_no for r in walk.passes[0].rekomendasi] == [1, 2]
    assert [i.code for i in walk.issues] == ["NOMOR_TEMUAN_OCR"]
    assert "'7'" in walk.issues[0].message


def test_letter_look_alikes_on_ocr_pages() -> None:
    assert _numbers(_page(("l.", "Z"), "ocr")) == [1, 2]


def test_text_layer_numbers_are_kept_as_written() -> None:
    # a text layer is what the unit wrote: the validator reports the broken sequence
    walk = walk_document(_page(("7", "2"), "text_layer"))
    assert [f.finding_no for f in walk.passes[0].findings] == [7, 2]
    assert walk.issues == []


def test_a_number_that_is_no_look_alike_of_the_next_one_is_kept() -> None:
    # "3" for the first finding is no OCR slip of 1: output as read, the validator warns
    assert _numbers(_page(("3", "4"), "ocr")) == [3, 4]


def test_a_stray_mark_under_an_open_finding_opens_no_new_one() -> None:
    # "|" (an erased rule's remains) in the NO column of finding 1's second row: 1 is not
    # the next number, so the row stays with finding 1
    walk = walk_document(_page(("1", "|"), "ocr"))
    assert [f.finding_no for f in walk.passes[0].findings] == [1]
    assert [r.finding_no for r in walk.passes[0].rekomendasi] == [1, 1]


def _three_komponen(b_no: str, c_no: str, d_no: str) -> DocumentLayout:
    """Komponen B, C then D, one finding each, whose NO cells read as given."""
    cells = [*_row(0, *HEADER)]
    for i, (kode, nama, no) in enumerate(
        [
            ("B", "Pengukuran Kinerja", b_no),
            ("C", "Pelaporan Kinerja", c_no),
            ("D", "Evaluasi Akuntabilitas Kinerja Internal", d_no),
        ]
    ):
        cells += _row(1 + 2 * i, kode, nama, "", "")
        cells += _row(2 + 2 * i, no, "Nilai 12,00", f"1. Agar {kode}", f"1. {kode}")
    table = Table(1, Box(30, 40, 560, 250), 7, 4, EDGES, tuple(cells))
    return DocumentLayout((PageLayout(1, 595, 842, (table,), (), source="ocr"),))


@pytest.mark.parametrize("read", ["4", "5"])
def test_a_lone_one_misread_where_every_komponen_began_at_one(read: str) -> None:
    # held-out scan 705 (dot-matrix): komponen C's only finding came back as "4"; held-out
    # scan 901 (focus drift): as "5"
    walk = walk_document(_three_komponen("1", "1", read))
    assert [f.finding_no for f in walk.passes[0].findings] == [1, 1, 1]
    assert f"'{read}'" in walk.issues[0].message


def test_a_number_stays_where_the_numbers_run_on() -> None:
    # a running NO (B 2, C 3, D 4) is no slip
    assert _numbers(_three_komponen("2", "3", "4")) == [2, 3, 4]


def test_the_second_komponen_says_nothing_yet() -> None:
    # held-out scan 603: a running NO, A 1 then B 2; A's 1 alone does not show numbers
    # restarting (a running NO begins at 1 too), so B's 2 stays
    assert _numbers(_three_komponen("2", "3", "3")) == [2, 3, 3]
    assert _numbers(_three_komponen("1", "2", "3"))[1:] == [2, 3]


def test_a_four_stays_in_the_first_komponen() -> None:
    # with no komponen before it, nothing says how the document numbers its findings
    assert _numbers(_page(("4", "5"), "ocr")) == [4, 5]


MONITORING = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI", "LINK BUKTI DUKUNG")
EDGES5 = (30.0, 60.0, 250.0, 400.0, 500.0, 560.0)


def _row5(row: int, *texts: tuple[str, ...]) -> list[Cell]:
    top = 40.0 + 30 * row
    return [
        Cell(row, col, 1, 1, Box(EDGES5[col], top, EDGES5[col + 1], top + 30), lines)
        for col, lines in enumerate(texts)
    ]


def _link_rows(*rows: list[Cell]) -> DocumentLayout:
    header = _row5(0, *((label,) for label in MONITORING))
    cells = [*header, *(c for r in rows for c in r)]
    n_rows = 1 + len(rows)
    table = Table(1, Box(30, 40, 560, 40 + 30 * n_rows), n_rows, 5, EDGES5, tuple(cells))
    return DocumentLayout((PageLayout(1, 842, 595, (table,), ()),))


def test_a_row_with_only_the_rest_of_a_link_belongs_to_the_open_recommendation() -> None:
    # held-out document 306: the link's underline, drawn across the cell, split the row
    layout = _link_rows(
        _row5(
            1,
            ("1",),
            ("Nilai 22,20",),
            ("1. Agar a",),
            ("1. A",),
            ("https://drive.google.com/drive/f",),
        ),
        _row5(2, (), (), (), (), ("olders/1QwE4rT6", "D4fG6hJ8")),
        _row5(3, (), (), ("2. Agar b",), ("2. B",), ("-",)),
    )
    recs = walk_document(layout).passes[0].rekomendasi
    assert [r.number for r in recs] == [1, 2]
    assert recs[0].tautan_teks == [
        "https://drive.google.com/drive/f",
        "olders/1QwE4rT6",
        "D4fG6hJ8",
    ]


STACKED_HEADER = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI", "TARGET DATA", "WAKTU")
EDGES6 = (30.0, 60.0, 250.0, 400.0, 500.0, 560.0, 620.0)


def test_values_stacked_beside_the_recommendations_of_one_row() -> None:
    # held-out document 403: no rule between a finding's recommendations; each monitoring
    # value stands level with its own recommendation in one tall cell
    def cell(row: int, col: int, lines: tuple[str, ...], tops: tuple[float, ...]) -> Cell:
        top = 40.0 + 30 * row
        box = Box(EDGES6[col], top, EDGES6[col + 1], top + 120)
        return Cell(row, col, 1, 1, box, lines, (), tops)

    header = [cell(0, c, (label,), (42.0,)) for c, label in enumerate(STACKED_HEADER)]
    body = [
        cell(1, 0, ("1",), (72.0,)),
        cell(1, 1, ("Nilai 22,20",), (72.0,)),
        cell(1, 2, ("1. Agar a", "dan a2", "2. Agar b"), (72.0, 82.0, 102.0)),
        cell(1, 3, ("1. A", "2. B"), (72.0, 102.0)),
        cell(1, 4, ("Dokumen A", "Dokumen B", "lanjutan"), (72.0, 102.0, 112.0)),
        cell(1, 5, ("Maret 2025",), (72.0,)),
    ]
    table = Table(1, Box(30, 40, 620, 190), 2, 6, EDGES6, tuple(header + body))
    recs = (
        walk_document(DocumentLayout((PageLayout(1, 842, 595, (table,), ()),)))
        .passes[0]
        .rekomendasi
    )
    assert [r.fields["target_data"] for r in recs] == [["Dokumen A"], ["Dokumen B lanjutan"]]
    # one value for the row: every recommendation has it
    assert [r.fields["waktu_pelaksanaan"] for r in recs] == [["Maret 2025"], ["Maret 2025"]]


def test_a_section_row_with_specks_in_its_empty_cells() -> None:
    # held-out scan 402: the other side of the sheet shows through the section row's
    # empty cells and OCR reads it as letters; the name stands in the first cells
    layout = _page(("1", "2"), "ocr")
    table = layout.pages[0].tables[0]
    noisy = [
        c if c.row != 1 or c.col < 2 else Cell(c.row, c.col, 1, 1, c.box, ("hae tee ba Te",))
        for c in table.cells
    ]
    page = PageLayout(
        1, 595, 842, (Table(1, table.box, 4, 4, EDGES, tuple(noisy)),), (), source="ocr"
    )
    walk = walk_document(DocumentLayout((page,)))
    assert [(f.komponen_kode, f.finding_no) for f in walk.passes[0].findings] == [
        ("D", 1),
        ("D", 2),
    ]


def test_a_finding_row_naming_its_komponen_in_its_first_cells_is_no_section_row() -> None:
    # held-out 806: "1 | Komponen Evaluasi Akuntabilitas Kinerja Internal | 1. Agar ..."
    cells = [
        *_row(0, *HEADER),
        *_row(1, "D", "Evaluasi Akuntabilitas Kinerja Internal", "", ""),
        *_row(2, "1", "Komponen Evaluasi Akuntabilitas Kinerja Internal", "1. Agar a", "1. A"),
    ]
    table = Table(1, Box(30, 40, 560, 130), 3, 4, EDGES, tuple(cells))
    walk = walk_document(DocumentLayout((PageLayout(1, 595, 842, (table,), ()),)))
    assert len(walk.passes) == 1
    assert [(r.komponen_kode, r.number) for r in walk.passes[0].rekomendasi] == [("D", 1)]


def test_a_komponen_column_instead_of_section_rows() -> None:
    # held-out 807: KOMPONEN | NO | HASIL | REKOMENDASI | RENCANA AKSI, the komponen
    # merged over its rows
    edges = (30.0, 100.0, 130.0, 250.0, 400.0, 560.0)
    header = ("KOMPONEN", "NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI")
    rows = [
        header,
        ("A. Perencanaan Kinerja", "1", "Nilai 21,60", "1. Agar a", "1. A"),
        ("", "", "", "2. Agar b", "2. B"),
        ("B. Pengukuran Kinerja", "1", "Nilai 20,10", "1. Agar c", "1. C"),
    ]
    cells = [
        Cell(r, c, 1, 1, Box(edges[c], 40 + 30 * r, edges[c + 1], 70 + 30 * r), (t,) if t else ())
        for r, texts in enumerate(rows)
        for c, t in enumerate(texts)
    ]
    table = Table(1, Box(30, 40, 560, 160), 4, 5, edges, tuple(cells))
    walk = walk_document(DocumentLayout((PageLayout(1, 595, 842, (table,), ()),)))
    assert [(f.komponen_kode, f.finding_no) for f in walk.passes[0].findings] == [
        ("A", 1),
        ("B", 1),
    ]
    assert [(r.komponen_kode, r.number) for r in walk.passes[0].rekomendasi] == [
        ("A", 1),
        ("A", 2),
        ("B", 1),
    ]


def test_a_cell_continued_mid_item_splits_at_the_next_item() -> None:
    # held-out 806: page 2 goes on with recommendation 1, then numbers item 2
    page1 = [
        *_row(0, *HEADER),
        *_row(1, "D", "Evaluasi Akuntabilitas Kinerja Internal", "", ""),
        *_row(2, "1", "Nilai 19,15", "1. Agar kertas kerja", "1. Menambahkan tahap"),
    ]
    page2 = _row(0, "", "atau 76,6 %", "direviu atasan 2. Agar rencana aksi", "reviu 2. Menyusun")
    layout = DocumentLayout(
        (
            PageLayout(
                1, 595, 842, (Table(1, Box(30, 40, 560, 130), 3, 4, EDGES, tuple(page1)),), ()
            ),
            PageLayout(
                2, 595, 842, (Table(2, Box(30, 40, 560, 70), 1, 4, EDGES, tuple(page2)),), ()
            ),
        )
    )
    recs = walk_document(layout).passes[0].rekomendasi
    assert [(r.number, r.rekomendasi, r.rencana_aksi) for r in recs] == [
        (1, ["Agar kertas kerja", "direviu atasan"], ["Menambahkan tahap", "reviu"]),
        (2, ["Agar rencana aksi"], ["Menyusun"]),
    ]


def test_a_finding_without_recommendation_and_a_total_row() -> None:
    # held-out 902: D has a finding and "Tidak ada rekomendasi"; held-out 903: a
    # "Jumlah nilai" row under the findings
    cells = [
        *_row(0, *HEADER),
        *_row(1, "D", "Evaluasi Akuntabilitas Kinerja Internal", "", ""),
        *_row(2, "1", "Nilai 15,80 (63,2%)", "Tidak ada rekomendasi", "-"),
        *_row(3, "Jumlah nilai", "", "hasil evaluasi SAKIP Tahun 2024: 75,97", ""),
    ]
    table = Table(1, Box(30, 40, 560, 160), 4, 4, EDGES, tuple(cells))
    walk = walk_document(DocumentLayout((PageLayout(1, 595, 842, (table,), ()),)))
    assert [(f.komponen_kode, f.finding_no) for f in walk.passes[0].findings] == [("D", 1)]
    assert walk.passes[0].rekomendasi == []


def _table(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> DocumentLayout:
    cells = [c for i, texts in enumerate([header, *rows]) for c in _row(i, *texts)]
    table = Table(
        1, Box(30, 40, 560, 40 + 30 * (len(rows) + 1)), len(rows) + 1, 4, EDGES, tuple(cells)
    )
    return DocumentLayout((PageLayout(1, 595, 842, (table,), ()),))


def _findings(layout: DocumentLayout) -> list[tuple[str | None, int]]:
    walk = walk_document(layout)
    return [(f.komponen_kode, f.finding_no) for p in walk.passes for f in p.findings]


def test_a_komponen_named_at_the_head_of_its_hasil_cell() -> None:
    # held-out 1003: no section rows, NO running 1..4, the name heading each HASIL cell
    rows = [
        ("1", "PERENCANAAN KINERJA", "1. Agar a", "1. A"),
        ("2", "PENGUKURAN KINERJA", "1. Agar b", "1. B"),
    ]
    cells = []
    for i, (no, name, rek, ra) in enumerate(rows, start=1):
        top = 40.0 + 30 * i
        cells += _row(i, no, "", rek, ra)
        cells[-3] = Cell(
            i, 1, 1, 1, Box(EDGES[1], top, EDGES[2], top + 30), (name, "Nilai 20,10 (67%)")
        )
    cells += _row(0, *HEADER)
    table = Table(1, Box(30, 40, 560, 130), 3, 4, EDGES, tuple(cells))
    layout = DocumentLayout((PageLayout(1, 595, 842, (table,), ()),))
    assert _findings(layout) == [("A", 1), ("B", 2)]


def test_a_komponen_letter_alone_in_no_is_its_one_finding() -> None:
    # held-out 1106: "A" in NO, no section rows
    layout = _table(
        [("A", "Nilai 20,70 (69%)", "1. Agar a", "1. A"), ("B", "Nilai 19,74", "1. Agar b", "1. B")]
    )
    assert _findings(layout) == [("A", 1), ("B", 1)]
    walk = walk_document(layout)
    assert "NOMOR_TEMUAN_KOSONG" not in [i.code for i in walk.issues]


def test_a_cell_merged_over_two_recommendations_gives_each_its_value() -> None:
    # held-out 1101: one JADWAL for both recommendations of a finding
    header = ("NO", "HASIL EVALUASI", "REKOMENDASI", "JADWAL")
    cells = [
        *_row(0, *header),
        *_row(1, "A", "Perencanaan Kinerja", "", ""),
        *_row(2, "1", "Nilai 22,92", "1. Agar a", ""),
        *_row(3, "", "", "2. Agar b", ""),
    ]
    cells = [c for c in cells if not (c.col == 3 and c.row in (2, 3))]
    cells.append(Cell(2, 3, 2, 1, Box(EDGES[3], 100, EDGES[4], 160), ("Semester I 2025",)))
    table = Table(1, Box(30, 40, 560, 160), 4, 4, EDGES, tuple(cells))
    walk = walk_document(DocumentLayout((PageLayout(1, 595, 842, (table,), ()),)))
    recs = walk.passes[0].rekomendasi
    assert [r.fields.get("waktu_pelaksanaan") for r in recs] == [["Semester I 2025"]] * 2


def test_a_garbled_section_row_on_a_scan_counts_by_its_letter() -> None:
    # held-out scan 1008: "A. P: | SNSNCANAAN KNIERJA", the next komponen after none
    rows = [
        ("A. P:", "SNSNCANAAN KNIERJA", "", ""),
        ("1", "Komponen Perencanaan memperoleh nilai 22,26", "1. Agar a", "1. A"),
        ("B.", "PENGUKURAN KINERJA", "", ""),
        ("1", "Komponen Pengukuran memperoleh nilai 22,14", "1. Agar b", "1. B"),
    ]
    cells = [c for i, texts in enumerate([HEADER, *rows]) for c in _row(i, *texts)]
    table = Table(1, Box(30, 40, 560, 190), 5, 4, EDGES, tuple(cells))
    scan = DocumentLayout((PageLayout(1, 595, 842, (table,), (), source="ocr"),))
    assert _findings(scan) == [("A", 1), ("B", 1)]
    # on a text layer a row is what it says: no komponen is made of a letter
    text = DocumentLayout((PageLayout(1, 595, 842, (table,), ()),))
    assert _findings(text)[0] != ("A", 1)
