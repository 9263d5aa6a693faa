"""Structure: each komponen once, numbers without gaps, an action plan for every recommendation,
and in the monitoring layout a deadline and a person for each.

A gap in the numbering or a komponen recorded twice most often means a row was lost or read
twice (a cell split across pages, a merged cell), so counts and the total may be wrong:
``error``. An empty WAKTU or PENANGGUNG JAWAB cell is usually the unit's omission, output as
written: ``info``. An empty RENCANA AKSI is an ``error``: the plan is the document's purpose,
and in practice an empty one means its items were paired with the wrong recommendation.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from normalize.validasi.catatan import angka, catatan, hal
from normalize.validasi.skor import Kerangka, nama_komponen
from schemas import Document, Finding, Recommendation, WarningRecord


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _pages(pages: Sequence[int | None]) -> str:
    known = sorted({p for p in pages if p is not None})
    return f" (hal. {', '.join(map(str, known))})" if known else ""


def komponen_ganda(findings: Sequence[Finding], kerangka: Kerangka) -> list[WarningRecord]:
    """A (komponen, temuan) row present twice, or one komponen given two different scores."""
    out: list[WarningRecord] = []
    rows: dict[tuple[str, int], list[Finding]] = defaultdict(list)
    scores: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        rows[(f.komponen_kode, f.finding_no)].append(f)
        if f.nilai is not None:
            scores[f.komponen_kode].append(f)
    for (kode, no), same in rows.items():
        if len(same) > 1:
            message = (
                f"Komponen {kode} ({nama_komponen(kode, kerangka)}) temuan {no} tercatat "
                f"{len(same)} kali{_pages([f.page for f in same])}; nilainya bisa terhitung ganda."
            )
            out.append(catatan(same[0].document_id, "KOMPONEN_GANDA", message, page=same[1].page))
    for kode, scored in scores.items():
        values = sorted({round(f.nilai or 0.0, 2) for f in scored})
        if len(values) > 1:
            listed = ", ".join(f"temuan {f.finding_no}: {angka(f.nilai or 0.0)}" for f in scored)
            message = (
                f"Komponen {kode} ({nama_komponen(kode, kerangka)}) diberi lebih dari satu "
                f"nilai ({listed}){_pages([f.page for f in scored])}; total tidak dapat "
                "dipercaya sampai salah satunya dipastikan."
            )
            out.append(catatan(scored[0].document_id, "KOMPONEN_GANDA", message, page=None))
    return out


def _missing(numbers: Sequence[int]) -> list[int]:
    present = set(numbers)
    return [n for n in range(1, max(present, default=0) + 1) if n not in present]


def _duplicates(numbers: Sequence[int]) -> list[int]:
    return sorted(n for n, count in Counter(numbers).items() if count > 1)


def _running_on(numbers: dict[str, set[int]]) -> bool:
    """The NO column counts on across the komponen (A 1, B 2, C 3, D 4-5): each
    komponen's numbers follow the previous komponen's last, none missing."""
    ordered = [n for kode in sorted(numbers) for n in sorted(numbers[kode])]
    return len(numbers) > 1 and ordered == list(range(1, len(ordered) + 1))


def nomor_temuan(
    document_id: str,
    findings: Sequence[Finding],
    recommendations: Sequence[Recommendation],
    kerangka: Kerangka,
) -> list[WarningRecord]:
    """Per komponen the temuan numbers (of findings and of recommendations) are 1..n, or
    they count on across the komponen in order."""
    numbers: dict[str, set[int]] = defaultdict(set)
    pages: dict[tuple[str, int], int | None] = {}
    items: list[Finding | Recommendation] = [*findings, *recommendations]
    for item in items:
        numbers[item.komponen_kode].add(item.finding_no)
        pages.setdefault((item.komponen_kode, item.finding_no), item.page)
    out: list[WarningRecord] = []
    if _running_on(numbers):
        return out
    for kode, present in numbers.items():
        missing = _missing(sorted(present))
        if not missing:
            continue
        after = min(n for n in present if n > missing[0])
        page = pages.get((kode, after))
        message = (
            f"Nomor temuan komponen {kode} ({nama_komponen(kode, kerangka)}) tidak urut: "
            f"{', '.join(map(str, sorted(present)))}; nomor {', '.join(map(str, missing))} "
            f"tidak ada{hal(page)}. Periksa apakah ada temuan yang terlewat saat dibaca."
        )
        out.append(catatan(document_id, "NOMOR_TEMUAN_TIDAK_URUT", message, page=page))
    return out


def nomor_rekomendasi(
    recommendations: Sequence[Recommendation], kerangka: Kerangka
) -> list[WarningRecord]:
    """Per temuan the recommendation numbers are 1..n, each once; or, numbered on
    through the table (1..N over all findings, in reading order), none missing."""
    running = [r.rekomendasi_no for r in recommendations]
    if running and running == list(range(1, len(running) + 1)):
        return []
    groups: dict[tuple[str, int], list[Recommendation]] = defaultdict(list)
    for r in recommendations:
        groups[(r.komponen_kode, r.finding_no)].append(r)
    out: list[WarningRecord] = []
    for (kode, no), recs in groups.items():
        numbers = [r.rekomendasi_no for r in recs]
        missing, doubled = _missing(numbers), _duplicates(numbers)
        if not missing and not doubled:
            continue
        if missing:
            at = min((r for r in recs if r.rekomendasi_no > missing[0]), key=_no)
            why = f"nomor {', '.join(map(str, missing))} tidak ada"
        else:
            at = [r for r in recs if r.rekomendasi_no == doubled[0]][1]
            why = f"nomor {', '.join(map(str, doubled))} muncul lebih dari sekali"
        message = (
            f"Nomor rekomendasi temuan {kode}{no} ({nama_komponen(kode, kerangka)}) tidak "
            f"urut: {', '.join(map(str, numbers))}; {why}{hal(at.page)}. Periksa apakah ada "
            "rekomendasi yang terlewat atau terbaca dua kali."
        )
        out.append(
            catatan(
                at.document_id,
                "NOMOR_REKOMENDASI_TIDAK_URUT",
                message,
                page=at.page,
                recommendation_id=at.recommendation_id,
            )
        )
    return out


def _no(r: Recommendation) -> int:
    return r.rekomendasi_no


def _ref(r: Recommendation) -> str:
    return f"{r.komponen_kode}{r.finding_no}-{r.rekomendasi_no}"


def isi_kosong(
    document: Document, recommendations: Sequence[Recommendation]
) -> list[WarningRecord]:
    """Every recommendation has an action plan; in the monitoring layout also a waktu and a
    penanggung jawab."""
    monitoring = document.table_layout == "monitoring"
    out: list[WarningRecord] = []
    for r in recommendations:
        empty: list[tuple[str, str]] = []
        if _blank(r.rencana_aksi):
            empty.append(("RENCANA_AKSI_KOSONG", "tidak memiliki rencana aksi"))
        if monitoring and _blank(r.waktu_pelaksanaan):
            empty.append(("WAKTU_KOSONG", "tidak memiliki waktu pelaksanaan"))
        if monitoring and _blank(r.penanggung_jawab):
            empty.append(("PENANGGUNG_JAWAB_KOSONG", "tidak memiliki penanggung jawab"))
        for code, what in empty:
            message = f"Rekomendasi {_ref(r)} {what}{hal(r.page)}."
            out.append(
                catatan(
                    r.document_id,
                    code,
                    message,
                    page=r.page,
                    recommendation_id=r.recommendation_id,
                )
            )
    return out


def periksa_struktur(
    document: Document,
    findings: Sequence[Finding],
    recommendations: Sequence[Recommendation],
    kerangka: Kerangka,
) -> list[WarningRecord]:
    return [
        *komponen_ganda(findings, kerangka),
        *nomor_temuan(document.document_id, findings, recommendations, kerangka),
        *nomor_rekomendasi(recommendations, kerangka),
        *isi_kosong(document, recommendations),
    ]
