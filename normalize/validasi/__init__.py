"""Validation: every rule over one document's records, as warnings with stable codes.

:func:`validate` is pure (no I/O, no clock): it returns new records, never edits the given
ones. It fills the columns the rules decide (``findings.skor_konsisten``,
``recommendations.rencana_aksi_salinan``, ``documents.total_nilai``, ``predikat``,
``status``, ``warnings``) and the warnings rows. One module per family of rules:
``skor`` (arithmetic), ``struktur`` (komponen and numbering), ``wajar`` (plausibility),
``salinan`` (action plans that restate the recommendation); codes and severities are in
``catatan.KODE``.

It runs both at extraction (``pipeline.process``) and over an output folder an analyst
corrected (``rencana-aksi validate``): the result depends on the records only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from normalize.validasi.catatan import KODE, VALIDATION_CODES, ringkas
from normalize.validasi.salinan import tandai_salinan
from normalize.validasi.skor import kerangka_of, periksa_skor, total
from normalize.validasi.struktur import periksa_struktur
from normalize.validasi.wajar import periksa_wajar
from schemas import Document, Finding, Recommendation, WarningRecord

__all__ = ["KODE", "VALIDATION_CODES", "Validated", "ringkas", "validate"]


@dataclass(frozen=True)
class Validated:
    """One document after validation: its records updated, and every warning."""

    document: Document
    findings: list[Finding]
    recommendations: list[Recommendation]
    warnings: list[WarningRecord]


def _unique(warnings: Sequence[WarningRecord]) -> list[WarningRecord]:
    """Drop repeated rows (same document, row, page, code and message), keeping order."""
    seen: set[tuple[object, ...]] = set()
    out: list[WarningRecord] = []
    for w in warnings:
        key = tuple(w.model_dump().values())
        if key not in seen:
            seen.add(key)
            out.append(w)
    return out


def validate(
    document: Document,
    findings: Sequence[Finding],
    recommendations: Sequence[Recommendation],
    *,
    layout_warnings: Sequence[WarningRecord] = (),
    pj_hp_tertulis: str | None = None,
) -> Validated:
    """Run every rule over one document's records.

    ``layout_warnings`` are the warnings found while reading (kept, first). ``pj_hp_tertulis``
    is the HP as written, when the caller has it: it lets a number that was not a mobile one
    (so ``pj_hp`` is null) be reported. A ``failed`` document is returned as it is.
    """
    if document.status == "failed":
        warnings = _unique(layout_warnings)
        return Validated(
            document.model_copy(update={"warnings": ringkas(warnings)}),
            list(findings),
            list(recommendations),
            warnings,
        )
    kerangka = kerangka_of(findings)
    checked, skor_warnings = periksa_skor(findings, kerangka)
    total_nilai, predikat, total_warnings = total(document.document_id, checked, kerangka)
    warnings = _unique(
        [
            *layout_warnings,
            *skor_warnings,
            *total_warnings,
            *periksa_struktur(document, checked, recommendations, kerangka),
            *periksa_wajar(document, recommendations, pj_hp_tertulis=pj_hp_tertulis),
        ]
    )
    status = "needs_review" if any(w.severity == "error" for w in warnings) else "ok"
    updated = document.model_copy(
        update={
            "total_nilai": total_nilai,
            "predikat": predikat,
            "status": status,
            "warnings": ringkas(warnings),
        }
    )
    return Validated(updated, checked, tandai_salinan(recommendations), warnings)
