"""validate(): the real document, deliberate inconsistencies, status and the summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.process as process
from normalize.dokumen import Extraction
from normalize.rekam import Records
from normalize.validasi import KODE, VALIDATION_CODES, Validated, ringkas, validate
from schemas import Document, Finding, Recommendation, WarningRecord
from tests.validasi.rekaman import (
    DOC_ID,
    SEED_DOCUMENT,
    SEED_FINDINGS,
    SEED_RECOMMENDATIONS,
    document,
    recommendation,
)

Records3 = tuple[Document, list[Finding], list[Recommendation]]


def _seed() -> Records3:
    return SEED_DOCUMENT, list(SEED_FINDINGS), list(SEED_RECOMMENDATIONS)


def _clean() -> Records3:
    """The real document with its two quirks repaired: a valid period and the pemanfaatan
    scores read. It must raise no warning at all."""
    findings = [
        f.model_copy(
            update={
                "pemanfaatan_nilai": round(f.nilai - f.keberadaan_nilai - f.kualitas_nilai, 2),
                "pemanfaatan_persen": 70.0,
            }
        )
        for f in SEED_FINDINGS
        if f.nilai is not None and f.keberadaan_nilai is not None and f.kualitas_nilai is not None
    ]
    recs = [
        r.model_copy(
            update={"waktu_pelaksanaan": "Semester II Tahun 2024", "waktu_periode": "Semester II"}
        )
        for r in SEED_RECOMMENDATIONS
    ]
    return SEED_DOCUMENT, findings, recs


def _run(records: Records3, **kwargs: Any) -> Validated:
    doc, findings, recs = records
    return validate(doc, findings, recs, **kwargs)


def test_the_real_document_raises_only_the_period_and_the_pemanfaatan_note() -> None:
    result = _run(_seed())
    codes = Counter(w.code for w in result.warnings)
    # one PERIODE_TIDAK_VALID per recommendation (11), one note per komponen (4)
    assert codes == {"PERIODE_TIDAK_VALID": 11, "PEMANFAATAN_TIDAK_TERBACA": 4}
    assert {w.severity for w in result.warnings} == {"info"}
    assert {w.recommendation_id for w in result.warnings if w.code == "PERIODE_TIDAK_VALID"} == {
        r.recommendation_id for r in SEED_RECOMMENDATIONS
    }
    doc = result.document
    assert (doc.status, doc.total_nilai, doc.predikat) == ("ok", 72.75, "BB")
    assert [f.skor_konsisten for f in result.findings] == [True] * 4
    assert [f.pemanfaatan_nilai for f in result.findings] == [None] * 4
    assert [r.rencana_aksi_salinan for r in result.recommendations] == [True] * 11
    assert doc.warnings is not None
    assert doc.warnings.startswith("PEMANFAATAN_TIDAK_TERBACA: Nilai pemanfaatan komponen A")
    assert "(dan 3 lainnya); PERIODE_TIDAK_VALID" in doc.warnings
    assert '; PERIODE_TIDAK_VALID: Periode "Semester IV"' in doc.warnings
    assert doc.warnings.endswith("(dan 10 lainnya)")


def test_a_clean_document_raises_nothing() -> None:
    result = _run(_clean())
    assert result.warnings == []
    assert (result.document.status, result.document.warnings) == ("ok", None)
    assert [f.skor_konsisten for f in result.findings] == [True] * 4


def _edit_finding(records: Records3, kode: str, **update: Any) -> Records3:
    doc, findings, recs = records
    return (
        doc,
        [f.model_copy(update=update) if f.komponen_kode == kode else f for f in findings],
        recs,
    )


def _edit_rec(records: Records3, index: int, **update: Any) -> Records3:
    doc, findings, recs = records
    recs = list(recs)
    recs[index] = recs[index].model_copy(update=update)
    return doc, findings, recs


def _edit_doc(records: Records3, **update: Any) -> Records3:
    doc, findings, recs = records
    return doc.model_copy(update=update), findings, recs


# One deliberate inconsistency per code, each made on the clean document.
BREAK: dict[str, Callable[[Records3], Records3]] = {
    "SKOR_TIDAK_KONSISTEN": lambda r: _edit_finding(r, "A", nilai=22.60),
    "PEMANFAATAN_TIDAK_TERBACA": lambda r: _edit_finding(
        r, "B", pemanfaatan_nilai=None, pemanfaatan_persen=None
    ),
    "TOTAL_TIDAK_LENGKAP": lambda r: (r[0], [f for f in r[1] if f.komponen_kode != "C"], r[2]),
    "KOMPONEN_GANDA": lambda r: (r[0], [*r[1], r[1][0].model_copy(update={"page": 6})], r[2]),
    "NOMOR_TEMUAN_TIDAK_URUT": lambda r: _edit_rec(r, 10, finding_no=3, recommendation_id="x"),
    "NOMOR_REKOMENDASI_TIDAK_URUT": lambda r: (r[0], r[1], [*r[2][:1], *r[2][2:]]),
    "RENCANA_AKSI_KOSONG": lambda r: _edit_rec(r, 0, rencana_aksi=None),
    "WAKTU_KOSONG": lambda r: _edit_rec(r, 0, waktu_pelaksanaan=None, waktu_periode=None),
    "PENANGGUNG_JAWAB_KOSONG": lambda r: _edit_rec(r, 0, penanggung_jawab=None),
    "PERIODE_TIDAK_VALID": lambda r: _edit_rec(r, 0, waktu_periode="Semester IV"),
    "TENGGAT_SEBELUM_TAHUN_EVALUASI": lambda r: _edit_rec(r, 0, waktu_tahun=2014),
    "NIP_TIDAK_VALID": lambda r: _edit_doc(r, penandatangan_nip="198613212004121001"),
    "PANGKAT_TIDAK_SESUAI_GOLONGAN": lambda r: _edit_doc(r, penandatangan_pangkat="Pembina"),
    "HP_TIDAK_VALID": lambda r: _edit_doc(r, pj_hp="+625262028123"),
    "TAUTAN_TIDAK_VALID": lambda r: _edit_rec(r, 1, tautan="htps://drive.google.com/x"),
}  # fmt: skip


def test_every_code_has_a_breaking_sample() -> None:
    assert set(BREAK) == VALIDATION_CODES


@pytest.mark.parametrize("code", sorted(BREAK))
def test_each_inconsistency_is_flagged_with_its_code(code: str) -> None:
    result = _run(BREAK[code](_clean()))
    assert {w.code for w in result.warnings} == {code}
    severity = KODE[code][0]
    assert {w.severity for w in result.warnings} == {severity}
    assert result.document.status == ("needs_review" if severity == "error" else "ok")
    assert result.document.warnings is not None and code in result.document.warnings


@pytest.mark.parametrize(
    ("broken", "code", "fragment"),
    [
        # a wrong sum: the parts add up to 22,60
        (lambda r: _edit_finding(r, "A", pemanfaatan_nilai=11.50), "SKOR_TIDAK_KONSISTEN",
         "4,80 + 6,30 + 11,50 = 22,60 ≠ nilai 21,60"),
        # an impossible NIP: month 13
        (lambda r: _edit_doc(r, penandatangan_nip="198613212004121001"), "NIP_TIDAK_VALID",
         "tanggal lahir 1986-13-21 tidak ada di kalender"),
        # Semester IV
        (lambda r: _edit_rec(r, 3, waktu_periode="Semester IV"), "PERIODE_TIDAK_VALID",
         'Periode "Semester IV" pada waktu pelaksanaan rekomendasi B1-1'),
    ],
)  # fmt: skip
def test_the_issue_examples(
    broken: Callable[[Records3], Records3], code: str, fragment: str
) -> None:
    result = _run(broken(_clean()))
    (w,) = result.warnings
    assert w.code == code
    assert fragment in w.message


def test_the_total_follows_corrected_scores() -> None:
    result = _run(_edit_finding(_clean(), "D", nilai=20.00, persen=80.0, kualitas_nilai=7.0,
                                kualitas_persen=93.33, pemanfaatan_nilai=9.0,
                                pemanfaatan_persen=72.0))  # fmt: skip
    assert result.document.total_nilai == 74.0
    assert result.document.predikat == "BB"


def test_reading_warnings_are_kept_first_and_deduplicated() -> None:
    info = WarningRecord(
        document_id=DOC_ID, page=1, code="NOMOR_TEMUAN_KOSONG", severity="info", message="x"
    )
    error = info.model_copy(update={"code": "KOMPONEN_TIDAK_DIKENALI", "severity": "error"})
    result = _run(_clean(), layout_warnings=[info, error, info])
    assert result.warnings == [info, error]
    assert result.document.status == "needs_review"


def test_hp_as_written_is_reported_when_the_caller_has_it() -> None:
    result = _run(_edit_doc(_clean(), pj_hp=None), pj_hp_tertulis="0526 2028123")
    assert [w.code for w in result.warnings] == ["HP_TIDAK_VALID"]


def test_a_failed_document_is_left_alone() -> None:
    failed = document(status="failed", error="bukan berkas PDF", total_nilai=None)
    result = validate(failed, [], [])
    assert result.document == failed
    assert result.warnings == []


def test_validate_does_not_change_its_inputs() -> None:
    doc, findings, recs = _seed()
    before = (doc.model_dump(), [f.model_dump() for f in findings], [r.model_dump() for r in recs])
    validate(doc, findings, recs)
    after = (doc.model_dump(), [f.model_dump() for f in findings], [r.model_dump() for r in recs])
    assert before == after


def test_a_recommendation_without_findings_still_gets_checked() -> None:
    result = validate(document(), [], [recommendation(rencana_aksi=None)])
    assert {w.code for w in result.warnings} == {"TOTAL_TIDAK_LENGKAP", "RENCANA_AKSI_KOSONG"}


def test_process_file_validates_before_deciding_the_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "seed.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%stand-in, never parsed\n")
    fields = SEED_DOCUMENT.model_dump(
        exclude={"document_id", "source_file", "sha256", "status", "error", "warnings",
                 "total_nilai", "predikat", "pipeline_version"}
    )  # fmt: skip
    broken = _edit_finding(_seed(), "A", nilai=22.60)
    records = Records(findings=broken[1], recommendations=broken[2])
    monkeypatch.setattr(process, "read_document", lambda path: object())
    monkeypatch.setattr(process, "extract_records", lambda *a: Extraction(fields, records))
    result = process.process_file(pdf, "seed.pdf")
    assert result.document.status == "needs_review"
    assert result.document.total_nilai == 73.75
    assert "SKOR_TIDAK_KONSISTEN" in {w.code for w in result.warnings}
    assert result.document.warnings is not None
    assert result.document.warnings.startswith("SKOR_TIDAK_KONSISTEN: Skor komponen A")


def test_ringkas() -> None:
    one = WarningRecord(document_id=DOC_ID, code="A_B", severity="info", message="Satu.")
    two = one.model_copy(update={"message": "Dua."})
    other = one.model_copy(update={"code": "C_D", "message": "Lain."})
    assert ringkas([]) is None
    assert ringkas([one]) == "A_B: Satu."
    assert ringkas([one, other, two]) == "A_B: Satu (dan 1 lainnya); C_D: Lain."


_score = st.one_of(st.none(), st.floats(min_value=-5, max_value=120, allow_nan=False))


@settings(max_examples=150, deadline=None)
@given(
    scores=st.lists(st.tuples(_score, _score, _score, _score, _score, _score), max_size=5),
    periode=st.one_of(st.none(), st.sampled_from(["Semester IV", "Triwulan II", "Juni"])),
    tahun=st.one_of(st.none(), st.integers(2000, 2030)),
)
def test_validate_never_crashes_and_is_idempotent(
    scores: list[tuple[float | None, ...]], periode: str | None, tahun: int | None
) -> None:
    """``rencana-aksi validate`` re-runs the rules over their own output: same result."""
    findings = [
        Finding(
            document_id=DOC_ID,
            komponen_kode="ABCD"[i % 4],
            komponen="x",
            finding_no=1 + i // 4,
            nilai=n,
            persen=p,
            keberadaan_nilai=kn,
            keberadaan_persen=kp,
            kualitas_nilai=qn,
            kualitas_persen=qp,
        )
        for i, (n, p, kn, kp, qn, qp) in enumerate(scores)
    ]
    recs = [recommendation(waktu_periode=periode, waktu_tahun=tahun)]
    first = validate(SEED_DOCUMENT, findings, recs)
    again = validate(
        first.document,
        first.findings,
        first.recommendations,
        layout_warnings=[w for w in first.warnings if w.code not in VALIDATION_CODES],
    )
    assert again == first
    assert first.document.status in ("ok", "needs_review")
