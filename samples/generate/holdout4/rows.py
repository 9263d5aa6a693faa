"""The table of a document as printed cell texts, shared by the three writers."""

from __future__ import annotations

from dataclasses import dataclass

from samples.generate.holdout4.model import KOMPONEN, Doc, Finding, Rec, numbered


@dataclass
class RecRow:
    rek: str
    ra: str
    extra: list[str]  # TARGET, WAKTU, PJ, STATUS, LINK (monitoring only)
    rec: Rec | None


@dataclass
class FindingBlock:
    no: str
    hasil: str
    rows: list[RecRow]
    finding: Finding


@dataclass
class Section:
    kode: str
    label: str
    blocks: list[FindingBlock]


def multi_cell(doc: Doc) -> bool:
    return "multi_rec_cell" in doc.features


def rec_cells(doc: Doc, no: int, rec: Rec) -> tuple[str, str]:
    return numbered(doc.rek_num, no, rec.rek), numbered(doc.ra_num, no, rec.ra)


def extra_cells(doc: Doc, rec: Rec) -> list[str]:
    if doc.layout != "monitoring":
        return []
    return [
        rec.target or "",
        rec.waktu.text if rec.waktu else "",
        rec.pj or "",
        rec.status.text if rec.status else "",
        rec.link.text if rec.link else "",
    ]


def sections(doc: Doc) -> list[Section]:
    out: list[Section] = []
    for f in doc.findings:
        if not out or out[-1].kode != f.kode:
            label = doc.section_label.get(f.kode, KOMPONEN[f.kode])
            out.append(Section(f.kode, label, []))
        if multi_cell(doc):
            cells = [rec_cells(doc, i, r) for i, r in enumerate(f.recs, 1)]
            rows = [
                RecRow("\n".join(c[0] for c in cells), "\n".join(c[1] for c in cells), [], None)
            ]
        else:
            rows = [
                RecRow(*rec_cells(doc, i, r), extra_cells(doc, r), r)
                for i, r in enumerate(f.recs, 1)
            ]
        no = doc.finding_num.format(n=f.finding_no)
        out[-1].blocks.append(FindingBlock(no, f.hasil, rows, f))
    return out
