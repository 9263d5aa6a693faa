"""OCR_KEYAKINAN_RENDAH: when an OCR reading must go to a person."""

from __future__ import annotations

from extract.layout import Box, Cell, DocumentLayout, PageLayout, Table, TextLine
from extract.ocr_words import Doubt, doubt_note
from normalize.keyakinan import (
    CODE,
    PAGE_CONF_MIN,
    lost_findings,
    missing_scores,
    ocr_warnings,
)
from schemas import SCORE_FIELDS, Finding, Recommendation

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


def _finding(kode: str, page: int, **scores: float | None) -> Finding:
    full: dict[str, float | None] = dict.fromkeys(SCORE_FIELDS, 1.0)
    full.update(scores)
    return Finding(
        document_id="d", komponen_kode=kode, komponen="x", finding_no=1, page=page, **full
    )


def test_a_score_the_other_findings_state_lost_on_an_ocr_page() -> None:
    # held-out scan 708: D's keberadaan pair lost whole; A-C state theirs
    findings = [_finding(k, 1) for k in "ABC"]
    findings.append(_finding("D", 2, keberadaan_nilai=None, keberadaan_persen=None))
    layout = DocumentLayout(pages=(_page(1), _page(2)))
    [w] = missing_scores("d", findings, layout)
    assert (w.code, w.severity, w.page) == (CODE, "error", 2)
    assert "D1" in w.message and "nilai keberadaan" in w.message


def test_no_score_warning_on_a_text_layer_or_a_narrative_finding() -> None:
    findings = [_finding(k, 1) for k in "ABC"]
    findings.append(_finding("D", 1, pemanfaatan_nilai=None, pemanfaatan_persen=None))
    # the unit left D's pemanfaatan unstated: a text layer is taken as written
    assert missing_scores("d", findings, DocumentLayout(pages=(_page(1, source="text"),))) == []
    # a second finding in a komponen stating no score at all is a narrative one
    narrative = [_finding(k, 1) for k in "AB"]
    narrative.append(_finding("B", 1))
    narrative[-1] = narrative[-1].model_copy(update=dict.fromkeys(SCORE_FIELDS))
    assert missing_scores("d", narrative, DocumentLayout(pages=(_page(1),))) == []


def test_recommendations_whose_finding_ocr_lost_send_the_document_to_review() -> None:
    # held-out scan 406: D's row under a stamp came back without its HASIL EVALUASI
    findings = [_finding(k, 1) for k in "ABC"]
    recs = [
        Recommendation(
            document_id="d",
            recommendation_id=f"{k}1-1",
            komponen_kode=k,
            komponen="x",
            finding_no=1,
            rekomendasi_no=1,
            rekomendasi="Agar ...",
            page=2 if k == "D" else 1,
        )
        for k in "ABCD"
    ]
    layout = DocumentLayout(pages=(_page(1), _page(2)))
    [w] = lost_findings("d", findings, recs, layout)
    assert (w.severity, w.page) == ("error", 2) and "D1" in w.message
    text_layer = DocumentLayout(pages=(_page(1, source="text"), _page(2, source="text")))
    assert lost_findings("d", findings, recs, text_layer) == []
