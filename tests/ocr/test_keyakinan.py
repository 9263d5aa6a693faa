"""OCR_KEYAKINAN_RENDAH: when an OCR reading must go to a person."""

from __future__ import annotations

from extract.layout import Box, Cell, DocumentLayout, PageLayout, Table, TextLine
from extract.ocr_words import Doubt, doubt_note
from normalize.keyakinan import CODE, PAGE_CONF_MIN, ocr_warnings

BOX = Box(0, 0, 100, 100)


def _page(
    number: int = 1,
    cells: tuple[str, ...] = (),
    lines: tuple[str, ...] = (),
    source: str = "ocr",
    confidence: float | None = 95.0,
) -> PageLayout:
    table = Table(
        page=number,
        box=BOX,
        n_rows=1,
        n_cols=len(cells),
        col_edges=tuple(range(len(cells) + 1)),
        cells=tuple(Cell(0, i, 1, 1, BOX, (t,)) for i, t in enumerate(cells)),
    )
    return PageLayout(
        number=number,
        width=842,
        height=595,
        tables=(table,) if cells else (),
        text_lines=tuple(TextLine(t, BOX) for t in lines),
        source=source,  # type: ignore[arg-type]
        confidence=confidence,
    )


GOOD_HASIL = "Perencanaan Kinerja memperoleh nilai 21,60 atau 72% dengan kriteria"
GOOD_NIP = "NIP.19860421 200412 1 001"


def _messages(*pages: PageLayout, notes: tuple[str, ...] = ()) -> list[str]:
    warnings = ocr_warnings("doc", DocumentLayout(pages=pages, notes=notes))
    assert all(w.code == CODE and w.severity == "error" for w in warnings)
    return [w.message for w in warnings]


def test_a_clean_ocr_page_gives_no_warning() -> None:
    assert _messages(_page(cells=(GOOD_HASIL, "1. Agar membuat"), lines=(GOOD_NIP,))) == []


def test_low_page_confidence_names_the_page() -> None:
    (message,) = _messages(_page(2, cells=(GOOD_HASIL,), confidence=PAGE_CONF_MIN - 24))
    assert message == (
        "Halaman 2 hasil OCR dengan keyakinan rendah (rata-rata 61); periksa nilai dan NIP."
    )


def test_text_layer_pages_are_not_judged() -> None:
    page = _page(cells=("memperoleh nilai atau 75%",), source="text_layer", confidence=None)
    assert _messages(page) == []


def test_a_score_with_its_number_lost() -> None:
    (message,) = _messages(_page(3, cells=("Kinerja memperoleh nilai atau 75% dengan",)))
    assert message.startswith("Halaman 3: skor hasil OCR tidak terbaca utuh")
    assert "nilai atau 75%" in message


def test_a_percentage_misread() -> None:
    (message,) = _messages(_page(cells=('memperoleh nilai "23,10" atau / 7s dengan',)))
    assert "skor hasil OCR tidak terbaca utuh" in message


def test_a_nip_without_its_eighteen_digits() -> None:
    (message,) = _messages(_page(4, lines=("NIP, 98 1802 200512 1 001",)))
    assert message.startswith("Halaman 4: NIP hasil OCR tidak terbaca utuh")


def test_doubtful_digits_in_scores_and_nip_only() -> None:
    notes = (
        doubt_note(Doubt(1, 41.0, "7s", 'nilai "23,10" atau 7s dengan')),
        doubt_note(Doubt(2, 30.0, "19860421", "NIP.19860421 200412 1 001")),
        doubt_note(Doubt(2, 20.0, "https4/", "https4/ drive")),  # a link: not checked
        doubt_note(Doubt(2, 72.0, '"21,60"', 'nilai "21,60" atau 72%')),  # confident enough
    )
    messages = _messages(_page(1), _page(2), notes=notes)
    assert len(messages) == 2
    assert "periksa nilai" in messages[0] and "Halaman 1" in messages[0]
    assert "periksa NIP" in messages[1] and "Halaman 2" in messages[1]
