"""The validation codes, their severities, and how a warning row is written.

Severity rule: ``error`` only where a number or an identity in the output may be wrong
(inconsistent scores, an impossible NIP, a deadline year that cannot be right, a broken
structure that may have lost or doubled a row); ``error`` makes the document
``needs_review``. Everything that is absent or odd but output as written is ``info``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from schemas import WarningRecord
from schemas.models import Severity

# code -> (severity, the rule in one line); the reply to issue 4 and the tests read this table.
KODE: Final[dict[str, tuple[Severity, str]]] = {
    # skor.py
    "SKOR_TIDAK_KONSISTEN": ("error", "nilai = persen x bobot; bagian-bagian berjumlah nilai"),
    "PEMANFAATAN_TIDAK_TERBACA": ("info", "nilai & keberadaan & kualitas ada, pemanfaatan tidak"),
    "TOTAL_TIDAK_LENGKAP": ("info", "nilai suatu komponen tidak ada: total & predikat kosong"),
    # struktur.py
    "KOMPONEN_GANDA": ("error", "satu komponen tercatat lebih dari sekali"),
    "NOMOR_TEMUAN_TIDAK_URUT": ("error", "nomor temuan per komponen bukan 1..n"),
    "NOMOR_REKOMENDASI_TIDAK_URUT": ("error", "nomor rekomendasi per temuan bukan 1..n"),
    "RENCANA_AKSI_KOSONG": ("error", "rekomendasi tanpa rencana aksi"),
    "WAKTU_KOSONG": ("info", "tata letak monitoring: waktu pelaksanaan kosong"),
    "PENANGGUNG_JAWAB_KOSONG": ("info", "tata letak monitoring: penanggung jawab kosong"),
    # wajar.py
    "PERIODE_TIDAK_VALID": ("info", "periode selain Semester I-II, Triwulan I-IV, bulan"),
    "TENGGAT_SEBELUM_TAHUN_EVALUASI": ("error", "tahun waktu pelaksanaan < tahun evaluasi"),
    "NIP_TIDAK_VALID": ("error", "NIP bukan 18 digit atau tanggal/golongan mustahil"),
    "PANGKAT_TIDAK_SESUAI_GOLONGAN": ("info", "nama pangkat bukan milik golongan yang tertulis"),
    "HP_TIDAK_VALID": ("info", "nomor HP bukan nomor seluler Indonesia (+628...)"),
    "TAUTAN_TIDAK_VALID": ("info", "tautan bukan URL http(s) yang utuh"),
}
VALIDATION_CODES: Final = frozenset(KODE)


def catatan(
    document_id: str,
    code: str,
    message: str,
    *,
    page: int | None = None,
    recommendation_id: str | None = None,
) -> WarningRecord:
    """A warnings row; the severity comes from :data:`KODE` so that it cannot drift."""
    return WarningRecord(
        document_id=document_id,
        recommendation_id=recommendation_id,
        page=page,
        code=code,
        severity=KODE[code][0],
        message=message,
    )


def angka(value: float) -> str:
    """A score as the documents print it: two decimals, decimal comma (``21,60``)."""
    return f"{value:.2f}".replace(".", ",")


def persen(value: float) -> str:
    """A percentage without needless decimals (``72%``, ``72,5%``)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def hal(page: int | None) -> str:
    """`` (hal. 3)`` or nothing when the page is unknown."""
    return f" (hal. {page})" if page is not None else ""


def ringkas(warnings: Sequence[WarningRecord]) -> str | None:
    """``documents.warnings``: one ``CODE: message`` per code, in order of first appearance.

    A code raised for many rows (one per recommendation) would repeat the same sentence
    a dozen times in one CSV cell; the summary shows the first and counts the rest, the
    warnings table holds them all.
    """
    by_code: dict[str, list[WarningRecord]] = {}
    for w in warnings:
        by_code.setdefault(w.code, []).append(w)
    parts = []
    for code, rows in by_code.items():
        message = rows[0].message
        if len(rows) > 1:
            message = f"{message.rstrip('.')} (dan {len(rows) - 1} lainnya)"
        parts.append(f"{code}: {message}")
    return "; ".join(parts) if parts else None
