"""The tables of a document as printed cell texts, shared by the three writers."""

from __future__ import annotations

from dataclasses import dataclass

from samples.generate.holdout7.model import KOMPONEN, Doc, Finding, Rec, numbered


@dataclass
class RecRow:
    rek: str
    ra: str
    extra: list[str]  # TARGET, WAKTU, PJ, STATUS, LINK (monitoring only)
    rec: Rec


@dataclass
class FindingBlock:
    no: str
    hasil: str
    rows: list[RecRow]
    finding: Finding
    nilai: str | None = None  # NILAI column cell (doc.nilai_column)

    @property
    def lead(self) -> list[str]:
        """The cells merged over the finding's rows: NO, HASIL and maybe NILAI."""
        return [self.no, self.hasil] + ([self.nilai or ""] if self.nilai is not None else [])


@dataclass
class Section:
    kode: str
    label: str
    blocks: list[FindingBlock]


def extra_cells(layout: str, rec: Rec) -> list[str]:
    if layout != "monitoring":
        return []
    return [
        rec.target or "",
        rec.waktu.text if rec.waktu else "",
        rec.pj or "",
        rec.status.text if rec.status else "",
        rec.link.text if rec.link else "",
    ]


def sections(doc: Doc, layout: str) -> list[Section]:
    out: list[Section] = []
    for f in doc.findings:
        if not out or out[-1].kode != f.kode:
            out.append(Section(f.kode, doc.section_label.get(f.kode, KOMPONEN[f.kode]), []))
        rows = [
            RecRow(
                numbered(doc.rek_num, i, r.rek),
                numbered(doc.ra_num, i, r.ra),
                extra_cells(layout, r),
                r,
            )
            for i, r in enumerate(f.recs, 1)
        ]
        nilai = (f.nilai_cell or "") if doc.nilai_column else None
        out[-1].blocks.append(FindingBlock(str(f.finding_no), f.hasil, rows, f, nilai))
    return out


def colnums(n: int) -> list[str]:
    return [f"({i})" for i in range(1, n + 1)]
