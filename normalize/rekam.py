"""Typed contract records from the merged drafts and the text blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from normalize.bacaan import combine, confirmed_pairs, same_text
from normalize.baris import DraftFinding, DraftRekomendasi, Walk
from normalize.blok import Blok
from normalize.gabung import Merged
from normalize.komponen import KOMPONEN
from normalize.skor import (
    Skor,
    component_from_parts,
    leading_one,
    parse_skor,
    part_from_rest,
    persen_from_parts,
)
from normalize.status import Status, status_tindak_lanjut
from normalize.tautan import join_link_lines, urls_in
from normalize.teks import collapse_ws
from normalize.validasi.catatan import angka, persen
from normalize.waktu import parse_waktu
from schemas import Finding, Recommendation, WarningRecord

_EMPTY = {"", "-", "–", "—", "n/a", "N/A"}


@dataclass
class Records:
    findings: list[Finding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    warnings: list[WarningRecord] = field(default_factory=list)


def _text(parts: list[str]) -> str | None:
    value = collapse_ws(" ".join(parts))
    return None if value in _EMPTY else value


def _tautan(rec: DraftRekomendasi) -> tuple[str | None, str | None]:
    teks = _text([join_link_lines(rec.tautan_teks)])
    if rec.tautan:
        return rec.tautan[0], teks
    written = urls_in(teks)
    return (written[0] if written else None), teks


def _skor_text(draft: DraftFinding) -> str:
    """Where the finding's scores are written: its NILAI column, else its HASIL text."""
    return " ".join(t for t in (_text(draft.nilai), _text(draft.hasil)) if t)


def _skor(draft: DraftFinding) -> Skor:
    return parse_skor(_skor_text(draft), draft.komponen_kode)


def _repaired(
    document_id: str, draft: DraftFinding, skor: Skor
) -> tuple[Skor, list[WarningRecord]]:
    """On OCR, the scores the arithmetic of a finding's parts puts right, each repair with
    an info warning saying what was read and why the value is what it is."""
    notes: list[WarningRecord] = []
    if not draft.ocr:
        return skor, notes
    scored = _skor_text(draft)
    where = f"{draft.komponen_kode}{draft.finding_no}"
    if one := leading_one(scored, skor, draft.komponen_kode):
        skor = one.skor
        notes.append(
            _warning(
                document_id,
                "SKOR_OCR_ANGKA_SATU",
                f"Nilai komponen temuan {where} terbaca {one.read_as} (OCR) dengan tanda di "
                f"depannya; dibaca {angka(skor.nilai or 0)}, sesuai persentasenya "
                f"{persen(skor.persen or 0)} dari bobotnya (hal. {draft.page}).",
                draft.page,
                "info",
            )
        )
    if fixed := component_from_parts(scored, skor, draft.komponen_kode):
        skor = fixed.skor
        notes.append(
            _warning(
                document_id,
                "SKOR_OCR_DARI_BAGIAN",
                f"Skor komponen {draft.komponen_kode} temuan {draft.finding_no} terbaca "
                f"{fixed.read_as} (OCR); dibaca {angka(skor.nilai or 0)} "
                f"({persen(skor.persen or 0)}): jumlah nilai bagian-bagiannya, "
                f"{persen(skor.persen or 0)} dari bobotnya (hal. {draft.page}).",
                draft.page,
                "info",
            )
        )
    elif part := part_from_rest(scored, skor, draft.komponen_kode):
        skor = part.skor
        nilai = getattr(skor, f"{part.bagian}_nilai") or 0.0
        read = "tidak terbaca" if part.read_as is None else f"terbaca {angka(part.read_as)}"
        agrees = "angka yang tertulis" if part.written else "persentasenya"
        notes.append(
            _warning(
                document_id,
                "SKOR_BAGIAN_OCR_DIHITUNG",
                f"Nilai sub komponen {part.bagian} temuan {where} {read} (OCR); dihitung "
                f"{angka(nilai)} = nilai komponen dikurangi bagian lainnya, sesuai {agrees} "
                f"(hal. {draft.page}).",
                draft.page,
                "info",
            )
        )
    if derived := persen_from_parts(skor, draft.komponen_kode):
        skor = derived
        notes.append(
            _warning(
                document_id,
                "PERSEN_OCR_DIHITUNG",
                f"Persentase komponen temuan {where} tidak terbaca (OCR); dihitung "
                f"{persen(skor.persen or 0)} = nilai {angka(skor.nilai or 0)} dibagi bobotnya, "
                f"nilai yang sama dengan jumlah bagian-bagiannya (hal. {draft.page}).",
                draft.page,
                "info",
            )
        )
    return skor, notes


def _finding(
    document_id: str, draft: DraftFinding, skor: Skor
) -> tuple[Finding, list[WarningRecord]]:
    """The finding of ``draft`` with the scores read for it, and the warnings of the
    scores OCR's arithmetic put right."""
    hasil = _text(draft.hasil)
    skor, notes = _repaired(document_id, draft, skor)
    kode = draft.komponen_kode or "A"
    finding = Finding(
        document_id=document_id,
        komponen_kode=kode,  # type: ignore[arg-type]
        komponen=KOMPONEN.get(kode, draft.komponen or ""),
        finding_no=draft.finding_no,
        nilai=skor.nilai,
        persen=skor.persen,
        keberadaan_nilai=skor.keberadaan_nilai,
        keberadaan_persen=skor.keberadaan_persen,
        kualitas_nilai=skor.kualitas_nilai,
        kualitas_persen=skor.kualitas_persen,
        pemanfaatan_nilai=skor.pemanfaatan_nilai,
        pemanfaatan_persen=skor.pemanfaatan_persen,
        hasil_evaluasi=hasil,
        page=draft.page,
    )
    return finding, notes


def _best_reading(drafts: Sequence[DraftFinding]) -> tuple[DraftFinding, Skor]:
    """Of one finding's OCR readings, the one whose own scores the arithmetic confirms
    most (the first on a tie), with every score pair taken from the reading that confirms
    it (``normalize.bacaan``)."""
    kode = drafts[0].komponen_kode
    skors = [_skor(d) for d in drafts]
    best = max(range(len(drafts)), key=lambda i: confirmed_pairs(skors[i], kode))
    rest = skors[:best] + skors[best + 1 :]
    return drafts[best], combine([skors[best], *rest], kode)


def _readings(drafts: Sequence[DraftFinding]) -> dict[int, list[DraftFinding]]:
    """For each first OCR copy of a finding (by id), the later copies that read the same text."""
    firsts: dict[tuple[str | None, int], DraftFinding] = {}
    out: dict[int, list[DraftFinding]] = {}
    for draft in drafts:
        key = (draft.komponen_kode, draft.finding_no)
        first = firsts.setdefault(key, draft)
        if first is draft or not (draft.ocr and first.ocr):
            continue
        if same_text(_text(first.hasil) or "", _text(draft.hasil) or ""):
            out.setdefault(id(first), []).append(draft)
    return out


def _coded_status(text: str | None, blok: Blok) -> Status | None:
    """The status of a code the document's legend explains ("S" for "Selesai")."""
    words = blok.legenda_status.get((text or "").strip().rstrip(".").upper())
    return status_tindak_lanjut(words) if words else None


def _recommendation(
    document_id: str, blok: Blok, number: int, rec: DraftRekomendasi
) -> Recommendation:
    kode = rec.komponen_kode or "A"
    finding_no = rec.finding_no or 1
    waktu_text = _text(rec.fields.get("waktu_pelaksanaan", []))
    waktu = parse_waktu(waktu_text)
    status_text = _text(rec.fields.get("status_progres", []))
    tautan, tautan_teks = _tautan(rec)
    return Recommendation(
        recommendation_id=f"{document_id}-{kode}{finding_no}-{number}",
        document_id=document_id,
        unit_kerja=blok.unit_kerja,
        tahun_evaluasi=blok.tahun_evaluasi,
        komponen_kode=kode,  # type: ignore[arg-type]
        komponen=KOMPONEN.get(kode, kode),
        finding_no=finding_no,
        rekomendasi_no=number,
        rekomendasi=_text(rec.rekomendasi) or "",
        rencana_aksi=_text(rec.rencana_aksi),
        target_data=_text(rec.fields.get("target_data", [])),
        waktu_pelaksanaan=waktu_text,
        waktu_tahun=waktu.tahun,
        waktu_periode=waktu.periode,
        penanggung_jawab=_text(rec.fields.get("penanggung_jawab", [])),
        status_progres=status_text,
        status=status_tindak_lanjut(status_text) or _coded_status(status_text, blok),
        tautan=tautan,
        tautan_teks=tautan_teks,
        page=rec.page,
    )


def _warning(
    document_id: str, code: str, message: str, page: int | None = None, severity: str = "error"
) -> WarningRecord:
    return WarningRecord(
        document_id=document_id,
        code=code,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        page=page,
    )


def build_records(document_id: str, walk: Walk, merged: Merged, blok: Blok) -> Records:
    out = Records()
    for issue in walk.issues:
        out.warnings.append(_warning(document_id, issue.code, issue.message, issue.page, "info"))
    seen_findings: dict[tuple[str, int], str | None] = {}
    readings = _readings(merged.findings)
    copies = {id(c) for group in readings.values() for c in group}
    for draft in merged.findings:
        if id(draft) in copies:
            continue  # an OCR reading of a finding already taken (``normalize.bacaan``)
        group = [draft, *readings.get(id(draft), [])]
        best, skor = _best_reading(group) if len(group) > 1 else (draft, _skor(draft))
        finding, repaired = _finding(document_id, best, skor)
        out.warnings.extend(repaired)
        key = (finding.komponen_kode, finding.finding_no)
        if key in seen_findings and seen_findings[key] == finding.hasil_evaluasi:
            # the layout repeats NO and HASIL EVALUASI on every recommendation row
            continue
        if key in seen_findings:
            out.warnings.append(
                _warning(
                    document_id,
                    "KOMPONEN_GANDA",
                    f"Temuan {key[0]}{key[1]} muncul dua kali dalam satu tabel; "
                    "yang kedua dilewati.",
                    draft.page,
                )
            )
            continue
        seen_findings[key] = finding.hasil_evaluasi
        if draft.komponen_kode is None:
            out.warnings.append(
                _warning(
                    document_id,
                    "KOMPONEN_TIDAK_DIKENALI",
                    "Temuan tanpa baris komponen (A-D) di atasnya.",
                    draft.page,
                )
            )
        out.findings.append(finding)
    used: set[str] = set()
    for number, draft_rec in merged.rekomendasi:
        rec = _recommendation(document_id, blok, number, draft_rec)
        if rec.recommendation_id in used:
            out.warnings.append(
                _warning(
                    document_id,
                    "REKOMENDASI_GANDA",
                    f"Nomor rekomendasi {rec.komponen_kode}{rec.finding_no}-{number} muncul dua "
                    "kali; yang kedua dilewati.",
                    draft_rec.page,
                )
            )
            continue
        used.add(rec.recommendation_id)
        out.recommendations.append(rec)
    for note in merged.notes:
        out.warnings.append(
            _warning(
                document_id,
                "REKOMENDASI_HANYA_DI_SATU_TABEL",
                f"Rekomendasi {note} hanya ada di salah satu tabel dokumen.",
                None,
                "info",
            )
        )
    return out
