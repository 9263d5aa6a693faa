"""Tesseract's TSV rows as words (no Tesseract run: the rows are written here)."""

from __future__ import annotations

from extract.ocr_tesseract import parse_tsv

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def _row(word: int, left: int, width: int, text: str, line: int = 1) -> str:
    return f"5\t1\t1\t1\t{line}\t{word}\t{left}\t100\t{width}\t30\t93.0\t{text}"


def test_a_word_with_its_underline_box_is_placed_between_its_neighbours() -> None:
    # scan 903: "Drs. H. ASEP SAEPULLOH, M.Si." underlined; the fourth word got the
    # underline's box, from the line's start to its end
    tsv = "\n".join(
        [
            HEADER,
            _row(1, 1000, 58, "Drs."),
            _row(2, 1070, 30, "H."),
            _row(3, 1110, 65, "ASEP"),
            _row(4, 1004, 430, "SAEPULLOH,"),
            _row(5, 1365, 70, "M.Si."),
        ]
    )
    words = parse_tsv(tsv)
    ordered = sorted(words, key=lambda w: w.left)
    assert [w.text for w in ordered] == ["Drs.", "H.", "ASEP", "SAEPULLOH,", "M.Si."]
    name = words[3]
    assert (name.left, name.left + name.width) == (1176, 1364)


def test_words_that_do_not_overlap_keep_their_boxes() -> None:
    tsv = "\n".join(
        [HEADER, _row(1, 10, 50, "Nilai"), _row(2, 70, 40, "21,60"), _row(1, 10, 40, "x", line=2)]
    )
    assert [(w.left, w.width) for w in parse_tsv(tsv)] == [(10, 50), (70, 40), (10, 40)]
