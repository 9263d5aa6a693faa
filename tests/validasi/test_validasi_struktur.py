"""Structure: each komponen once, numbers 1..n, action plans, monitoring cells."""

from __future__ import annotations

import pytest

from normalize.validasi.struktur import (
    isi_kosong,
    komponen_ganda,
    nomor_rekomendasi,
    nomor_temuan,
)
from schemas import Finding, Recommendation
from tests.validasi.rekaman import (
    DOC_ID,
    SEED_FINDINGS,
    SEED_RECOMMENDATIONS,
    document,
    finding,
    recommendation,
)


@pytest.mark.parametrize(
    ("findings", "flagged"),
    [
        (SEED_FINDINGS, False),
        # two findings of one komponen, one score
        ([finding("A", nilai=21.6), finding("A", finding_no=2)], False),
        # the same score stated twice is harmless
        ([finding("A", nilai=21.6), finding("A", finding_no=2, nilai=21.6)], False),
        # the komponen block read twice
        ([finding("A", page=1), finding("B"), finding("A", page=3)], True),
        # two different scores for one komponen: which one counts?
        ([finding("A", nilai=21.6), finding("A", finding_no=2, nilai=20.0)], True),
    ],
)
def test_komponen_ganda(findings: list[Finding], flagged: bool) -> None:
    warnings = komponen_ganda(findings, "2021")
    assert bool(warnings) is flagged
    assert all((w.code, w.severity) == ("KOMPONEN_GANDA", "error") for w in warnings)


def test_komponen_ganda_message() -> None:
    (w,) = komponen_ganda([finding("A", page=1), finding("A", page=3)], "2021")
    assert w.message.startswith("Komponen A (Perencanaan Kinerja) temuan 1 tercatat 2 kali")
    assert "(hal. 1, 3)" in w.message


@pytest.mark.parametrize(
    ("findings", "recommendations", "missing"),
    [
        (SEED_FINDINGS, SEED_RECOMMENDATIONS, None),
        ([finding("A"), finding("A", finding_no=2)], [], None),
        ([finding("A"), finding("A", finding_no=3, page=7)], [], "nomor 2 tidak ada (hal. 7)"),
        # a recommendation of temuan 2 where only temuan 1 and 3 have rows
        ([finding("A")], [recommendation("A", 3)], "nomor 2 tidak ada"),
        ([finding("A")], [recommendation("A", 2)], None),
        # the NO column counting on across the komponen (held-out document 603)
        (
            [finding("A"), finding("B", finding_no=2), finding("C", finding_no=3)],
            [],
            None,
        ),
        # ... but not with a number missing in between
        (
            [finding("A"), finding("B", finding_no=3, page=2)],
            [],
            "nomor 1, 2 tidak ada (hal. 2)",
        ),
    ],
)
def test_nomor_temuan(
    findings: list[Finding], recommendations: list[Recommendation], missing: str | None
) -> None:
    warnings = nomor_temuan(DOC_ID, findings, recommendations, "2021")
    if missing is None:
        assert warnings == []
        return
    (w,) = warnings
    assert (w.code, w.severity) == ("NOMOR_TEMUAN_TIDAK_URUT", "error")
    assert missing in w.message


@pytest.mark.parametrize(
    ("numbers", "why", "row"),
    [
        ([1, 2, 3], None, None),
        ([2, 1], None, None),  # order of the rows does not matter
        # the row to look at: the first after the gap, or the second of a pair
        ([1, 2, 4], "nomor 3 tidak ada", 2),
        ([2, 3], "nomor 1 tidak ada", 0),
        ([1, 2, 2], "nomor 2 muncul lebih dari sekali", 2),
    ],
)
def test_nomor_rekomendasi(numbers: list[int], why: str | None, row: int | None) -> None:
    recs = [recommendation("B", 1, n, recommendation_id=f"r{i}") for i, n in enumerate(numbers)]
    warnings = nomor_rekomendasi(recs, "2021")
    if why is None:
        assert warnings == []
        return
    (w,) = warnings
    assert (w.code, w.severity) == ("NOMOR_REKOMENDASI_TIDAK_URUT", "error")
    assert why in w.message
    assert "temuan B1 (Pengukuran Kinerja)" in w.message
    assert w.recommendation_id == f"r{row}"


def test_numbering_is_per_temuan() -> None:
    recs = [recommendation("A", 1, 1), recommendation("A", 2, 1), recommendation("B", 1, 1)]
    assert nomor_rekomendasi(recs, "2021") == []


def test_numbering_on_through_the_table_is_whole() -> None:
    # held-out 1008: recommendations numbered 1..7 over the komponen
    running = [("A", 1), ("A", 2), ("B", 3), ("B", 4), ("C", 5), ("D", 6), ("D", 7)]
    recs = [recommendation(kode, 1, n) for kode, n in running]
    assert nomor_rekomendasi(recs, "2021") == []
    gap = [recommendation(kode, 1, n) for kode, n in running if n != 4]
    # with one missing, the numbers are checked per temuan again (B, C and D flagged)
    assert {w.code for w in nomor_rekomendasi(gap, "2021")} == {"NOMOR_REKOMENDASI_TIDAK_URUT"}


@pytest.mark.parametrize(
    ("layout", "fields", "codes"),
    [
        ("monitoring", {}, []),
        ("monitoring", {"rencana_aksi": None}, ["RENCANA_AKSI_KOSONG"]),
        ("rencana_aksi", {"rencana_aksi": "  "}, ["RENCANA_AKSI_KOSONG"]),
        ("monitoring", {"waktu_pelaksanaan": None}, ["WAKTU_KOSONG"]),
        ("monitoring", {"penanggung_jawab": ""}, ["PENANGGUNG_JAWAB_KOSONG"]),
        # the 4-column layout has no such columns
        ("rencana_aksi", {"waktu_pelaksanaan": None, "penanggung_jawab": None}, []),
        (
            "monitoring",
            {"rencana_aksi": None, "waktu_pelaksanaan": None, "penanggung_jawab": None},
            ["RENCANA_AKSI_KOSONG", "WAKTU_KOSONG", "PENANGGUNG_JAWAB_KOSONG"],
        ),
    ],
)
def test_isi_kosong(layout: str, fields: dict[str, object], codes: list[str]) -> None:
    rec = recommendation("C", 1, 2, page=5, **fields)
    warnings = isi_kosong(document(table_layout=layout), [rec])
    assert [w.code for w in warnings] == codes
    for w in warnings:
        assert w.recommendation_id == rec.recommendation_id
        assert w.page == 5
        assert w.message.startswith("Rekomendasi C1-2 tidak memiliki")
    severities = {w.code: w.severity for w in warnings}
    assert severities.get("RENCANA_AKSI_KOSONG", "error") == "error"
    assert severities.get("WAKTU_KOSONG", "info") == "info"


def test_the_real_document_is_well_formed() -> None:
    doc = document()
    assert komponen_ganda(SEED_FINDINGS, "2021") == []
    assert nomor_temuan(DOC_ID, SEED_FINDINGS, SEED_RECOMMENDATIONS, "2021") == []
    assert nomor_rekomendasi(SEED_RECOMMENDATIONS, "2021") == []
    assert isi_kosong(doc, SEED_RECOMMENDATIONS) == []
