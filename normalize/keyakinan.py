"""How far OCR can be trusted: warnings that send a document to a person.

Four checks, each on the pages read by OCR only (a text layer is taken as written):

* the page's mean word confidence (character-weighted, ``PageLayout.confidence``) below
  :data:`PAGE_CONF_MIN`;
* a word with digits that Tesseract read with low confidence (below
  :data:`DIGIT_CONF_MIN`) in a score phrase (``nilai``, ``atau``, ``%``) or on the NIP
  line - reported by extraction as document notes (``extract.ocr_words.doubt_note``);
* a score phrase or NIP line that does not parse: ``nilai`` not followed by a number,
  ``atau`` not followed by a percentage, a NIP line without 18 digits. OCR drops or
  garbles a number now and then; the parser then leaves the field empty, which must not
  pass for "not stated in the document";
* a finding on an OCR page without a score that most of the document's other findings
  state (its kualitas, its persen): the same emptiness, where the phrase is lost whole.

Every warning is severity ``error`` (the document becomes ``needs_review``) and names
the page and what to check, in Indonesian, for the analyst.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from extract.layout import DocumentLayout, PageLayout
from extract.ocr_words import Doubt, parse_doubts
from normalize.angka import parse_angka
from normalize.nip import parse_nip
from schemas import SCORE_FIELDS, Finding, Recommendation, WarningRecord

CODE: Final = "OCR_KEYAKINAN_RENDAH"
# Mean word confidence of a page below which its reading is not trusted. Measured on the
# scanned samples and 12 unseen scans (150-300 dpi, blur, noise, stamps): pages read
# correctly score 89-97; a page at 80 already has several words in ten wrong.
PAGE_CONF_MIN: Final = 85.0
# A digit word in a score or NIP read below this confidence is doubtful. Correct
# "21,60" in quotes came back at 69-72 (the quotes cost confidence), misread ones lower.
DIGIT_CONF_MIN: Final = 60.0

_SCORE_CONTEXT = re.compile(r"\b(?:nilai|atau|persen)\b|%", re.IGNORECASE)
_NIP_CONTEXT = re.compile(r"\bNIP\b", re.IGNORECASE)
_QUOTES = "\"'“”‘’"
# "nilai" and the token after it (a score is "nilai 21,60", "nilai "21,60"", "nilai: 21,60")
_NILAI = re.compile(r"\bnilai\b\s*:?\s*(?P<v>\S+)", re.IGNORECASE)
# "<score> atau <percentage>"
_ATAU = re.compile(r"(?P<a>[\"'“”]?[0-9][0-9.,]*[\"'“”]?)\s*,?\s+atau\s+(?P<p>\S+)")
_PERCENT = re.compile(r"\(?[0-9]{1,3}(?:[.,][0-9]+)?\s*%\)?[.,;:)]*")
_SNIPPET = 60


def _warning(document_id: str, page: int, message: str) -> WarningRecord:
    return WarningRecord(
        document_id=document_id, page=page, code=CODE, severity="error", message=message
    )


def _cell_texts(page: PageLayout) -> Iterator[str]:
    for table in page.tables:
        for cell in table.cells:
            if cell.lines:
                yield " ".join(cell.lines)
    for line in page.text_lines:
        yield line.text


def _snippet(text: str, start: int) -> str:
    return " ".join(text[max(0, start - 20) : start + _SNIPPET].split())


def _score_problems(text: str) -> Iterator[str]:
    """Score phrases of a cell that do not parse, as snippets."""
    for m in _NILAI.finditer(text):
        token = m["v"].strip(_QUOTES).rstrip(".,;:")
        # "nilai sebesar ..." or a sentence about "nilai" without a score is no score
        if not any(ch.isdigit() for ch in token) and not token.lower().startswith("atau"):
            continue
        if parse_angka(token) is None:
            yield _snippet(text, m.start())
    for m in _ATAU.finditer(text):
        if not _PERCENT.fullmatch(m["p"]):
            yield _snippet(text, m.start())


def _page_checks(document_id: str, page: PageLayout) -> Iterator[WarningRecord]:
    if page.confidence is not None and page.confidence < PAGE_CONF_MIN:
        yield _warning(
            document_id,
            page.number,
            f"Halaman {page.number} hasil OCR dengan keyakinan rendah "
            f"(rata-rata {page.confidence:.0f}); periksa nilai dan NIP.",
        )
    for text in _cell_texts(page):
        for snippet in _score_problems(text):
            yield _warning(
                document_id,
                page.number,
                f'Halaman {page.number}: skor hasil OCR tidak terbaca utuh ("{snippet}"); '
                "periksa nilai dan persentasenya pada dokumen.",
            )
        if _NIP_CONTEXT.search(text) and parse_nip(text) is None:
            yield _warning(
                document_id,
                page.number,
                f'Halaman {page.number}: NIP hasil OCR tidak terbaca utuh ("{text[:_SNIPPET]}"); '
                "periksa NIP pada dokumen.",
            )


def _doubt_checks(document_id: str, doubts: Iterable[Doubt]) -> Iterator[WarningRecord]:
    for d in doubts:
        if d.conf >= DIGIT_CONF_MIN:
            continue
        if _NIP_CONTEXT.search(d.line):
            what = "NIP"
        elif _SCORE_CONTEXT.search(d.line):
            what = "nilai"
        else:
            continue
        yield _warning(
            document_id,
            d.page,
            f'Halaman {d.page}: angka hasil OCR "{d.word}" kurang yakin (keyakinan '
            f'{d.conf:.0f}) pada "{d.line[:_SNIPPET]}"; periksa {what} pada dokumen.',
        )


def ocr_warnings(document_id: str, layout: DocumentLayout) -> list[WarningRecord]:
    """Warnings (severity ``error``) for the OCR pages of ``layout`` a person must check.

    Empty for a document read entirely from its text layer.
    """
    out: list[WarningRecord] = []
    for page in layout.pages:
        if page.source == "ocr":
            out.extend(_page_checks(document_id, page))
    out.extend(_doubt_checks(document_id, parse_doubts(layout.notes)))
    # one warning per page and message: a cell repeated on the next page says it twice
    unique = {(w.page, w.message): w for w in out}
    return list(unique.values())


_FIELD_NAMES: Final = {
    "nilai": "nilai komponen",
    "persen": "persentase komponen",
    "keberadaan_nilai": "nilai keberadaan",
    "keberadaan_persen": "persentase keberadaan",
    "kualitas_nilai": "nilai kualitas",
    "kualitas_persen": "persentase kualitas",
    "pemanfaatan_nilai": "nilai pemanfaatan",
    "pemanfaatan_persen": "persentase pemanfaatan",
}


def missing_scores(
    document_id: str, findings: Iterable[Finding], layout: DocumentLayout
) -> list[WarningRecord]:
    """A score an OCR page's finding lacks while most of the document's findings state it.

    A unit writes its findings alike; one finding without the kualitas pair the others
    have lost it to OCR more likely than the unit left it out (a text layer is taken as
    written). A finding stating no score at all is a narrative finding and is left alone.
    """
    ocr_pages = {p.number for p in layout.pages if p.source == "ocr"}
    scored = [f for f in findings if any(getattr(f, n) is not None for n in SCORE_FIELDS)]
    out: list[WarningRecord] = []
    for f in scored:
        if f.page not in ocr_pages:
            continue
        others = [g for g in scored if g is not f]
        lost = [
            n
            for n in SCORE_FIELDS
            if getattr(f, n) is None
            and others
            and sum(getattr(g, n) is not None for g in others) * 2 > len(others)
        ]
        if lost:
            what = ", ".join(_FIELD_NAMES[n] for n in lost)
            out.append(
                _warning(
                    document_id,
                    f.page,
                    f"Halaman {f.page}: temuan {f.komponen_kode}{f.finding_no} tanpa {what} "
                    "hasil OCR, padahal temuan lain mencantumkannya; periksa pada dokumen.",
                )
            )
    return out


def lost_findings(
    document_id: str,
    findings: Iterable[Finding],
    recommendations: Iterable[Recommendation],
    layout: DocumentLayout,
) -> list[WarningRecord]:
    """Recommendations on an OCR page whose finding (its HASIL EVALUASI) was not read: the
    row under a stamp or a lost rule came back without its komponen's finding."""
    ocr_pages = {p.number for p in layout.pages if p.source == "ocr"}
    found = {(f.komponen_kode, f.finding_no) for f in findings}
    out: dict[tuple[str, int], WarningRecord] = {}
    for r in recommendations:
        key = (r.komponen_kode, r.finding_no)
        if key in found or key in out or r.page not in ocr_pages:
            continue
        out[key] = _warning(
            document_id,
            r.page,
            f"Halaman {r.page}: rekomendasi temuan {r.komponen_kode}{r.finding_no} tanpa "
            "hasil evaluasinya (OCR); periksa hasil evaluasi dan nilainya pada dokumen.",
        )
    return list(out.values())
