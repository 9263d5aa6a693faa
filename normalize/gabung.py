"""Merge the passes of a document into one set of findings and recommendations.

The real document holds its table twice: the 4-column rencana aksi table, then the
9-column monitoring table. They describe the same recommendations; the output must hold
each once, carrying the monitoring fields. The monitoring pass is taken as the primary
reading (it is the later, fuller one); the other passes only fill what it lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalize.bacaan import same_text
from normalize.baris import DraftFinding, DraftRekomendasi, Pass, Walk

Key = tuple[str | None, int | None, int]


@dataclass
class Merged:
    layout: str
    findings: list[DraftFinding]
    rekomendasi: list[tuple[int, DraftRekomendasi]]
    notes: list[str] = field(default_factory=list)


def number_items(rekomendasi: list[DraftRekomendasi]) -> list[tuple[int, DraftRekomendasi]]:
    """Recommendation numbers per finding; unnumbered items follow the previous number."""
    out: list[tuple[int, DraftRekomendasi]] = []
    last: dict[tuple[str | None, int | None], int] = {}
    for rec in rekomendasi:
        group = (rec.komponen_kode, rec.finding_no)
        number = rec.number if rec.number is not None else last.get(group, 0) + 1
        last[group] = number
        out.append((number, rec))
    return out


def _primary(passes: list[Pass]) -> Pass:
    monitoring = [p for p in passes if p.layout == "monitoring" and p.rekomendasi]
    if monitoring:
        return monitoring[-1]
    return max(passes, key=lambda p: len(p.rekomendasi))


def _fill(target: DraftRekomendasi, other: DraftRekomendasi) -> None:
    if not target.rencana_aksi and other.rencana_aksi:
        target.rencana_aksi = list(other.rencana_aksi)
    for name, values in other.fields.items():
        target.fields.setdefault(name, list(values))
    if not target.tautan and other.tautan:
        target.tautan = list(other.tautan)
    if not target.tautan_teks and other.tautan_teks:
        target.tautan_teks = list(other.tautan_teks)


def merge_passes(walk: Walk) -> Merged:
    passes = [p for p in walk.passes if p.findings or p.rekomendasi]
    if not passes:
        return Merged("rencana_aksi", [], [])
    primary = _primary(passes)
    layout = "monitoring" if "monitoring" in {p.layout for p in passes} else "rencana_aksi"
    findings = list(primary.findings)
    finding_keys = {(f.komponen_kode, f.finding_no) for f in findings}
    numbered = number_items(primary.rekomendasi)
    by_key: dict[Key, DraftRekomendasi] = {
        (r.komponen_kode, r.finding_no, n): r for n, r in numbered
    }
    notes: list[str] = []
    for other in passes:
        if other is primary:
            continue
        for f in other.findings:
            key = (f.komponen_kode, f.finding_no)
            if key not in finding_keys:
                findings.append(f)
                finding_keys.add(key)
            else:
                mine = next(x for x in findings if (x.komponen_kode, x.finding_no) == key)
                if not mine.nilai and f.nilai:
                    mine.nilai = list(f.nilai)
                if not mine.hasil and f.hasil:
                    mine.hasil = list(f.hasil)
                elif mine.ocr and f.ocr and same_text(" ".join(mine.hasil), " ".join(f.hasil)):
                    # another OCR reading of the same HASIL: its scores may stand in
                    # (``normalize.bacaan``); copies that read a different text are dropped
                    findings.append(f)
        for n, rec in number_items(other.rekomendasi):
            rkey = (rec.komponen_kode, rec.finding_no, n)
            if rkey in by_key:
                _fill(by_key[rkey], rec)
            else:
                by_key[rkey] = rec
                numbered.append((n, rec))
                notes.append(f"{rec.komponen_kode}{rec.finding_no}-{n}")
    return Merged(layout, findings, numbered, notes)
