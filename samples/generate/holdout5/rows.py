"""The tables of a document as printed cell texts, shared by the three writers."""

from __future__ import annotations

from dataclasses import dataclass

from samples.generate.holdout5.model import KOMPONEN, Doc, Finding, Rec, numbered


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


@dataclass
class Section:
    kode: str
    label: str
    blocks: list[FindingBlock]


def rec_cells(doc: Doc, no: int, rec: Rec) -> tuple[str, str]:
    return numbered(doc.rek_num, no, rec.rek), numbered(doc.ra_num, no, rec.ra)


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
            RecRow(*rec_cells(doc, i, r), extra_cells(layout, r), r)
            for i, r in enumerate(f.recs, 1)
        ]
        out[-1].blocks.append(FindingBlock(str(f.finding_no), f.hasil, rows, f))
    return out


def signature_lines(doc: Doc) -> list[str]:
    sig = doc.signature
    return [*sig.above, *sig.jabatan_lines, "", "", "", sig.nama, sig.pangkat_line, sig.nip_line]
