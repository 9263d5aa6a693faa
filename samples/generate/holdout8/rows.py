"""Table rows of a holdout8 document, shared by the three writers."""

from __future__ import annotations

from dataclasses import dataclass

from samples.generate.holdout8.model import KOMPONEN, Doc, Finding

MERGED = ("komponen", "no", "hasil")


@dataclass
class Block:
    """One finding: its rows (one dict of cell texts per printed row)."""

    finding: Finding
    rows: list[dict[str, str]]


def section_text(doc: Doc, kode: str) -> list[str] | None:
    fmt = doc.opts.get("section")
    if fmt is None:
        return None
    nama = KOMPONEN[kode][0]
    if fmt == "split_upper":
        return [kode, nama.upper()]
    return [fmt.format(kode=kode, nama=nama, NAMA=nama.upper())]


def _rec_cells(doc: Doc, f: Finding, n: int) -> dict[str, str]:
    r = f.recs[n - 1]
    numbered = "rekno" not in doc.opts
    cells = {
        "rek": f"{n}. {r.rek}" if numbered else r.rek,
        "ra": f"{n}. {r.ra}" if numbered else r.ra,
        "target": r.target or "",
        "waktu": r.waktu or "",
        "pj": r.pj or "",
        "status": r.status or "",
        "link": (r.label or r.url or "") if r.url else "",
    }
    if not numbered:
        cells["rekno"] = doc.opts["rekno"].format(no=f.no, n=n)
    return cells


def blocks(doc: Doc) -> list[tuple[list[str] | None, list[Block]]]:
    """Components in order: (section row texts or None, the blocks of its findings)."""
    out = []
    for kode in "ABCD":
        fs = [f for f in doc.findings if f.kode == kode]
        bl = []
        for f in fs:
            head = {
                "komponen": f"{kode}. {KOMPONEN[kode][0]}",
                "no": str(f.no),
                "hasil": "\n".join(f.hasil),
            }
            if doc.opts.get("one_row"):
                recs = [_rec_cells(doc, f, n) for n in range(1, len(f.recs) + 1)]
                row = dict(head)
                row["rek"] = "\n".join(c["rek"] for c in recs)
                row["ra"] = "\n".join(c["ra"] for c in recs)
                bl.append(Block(f, [row]))
                continue
            rows = []
            for n in range(1, len(f.recs) + 1):
                row = _rec_cells(doc, f, n)
                row.update(head)
                rows.append(row)
            bl.append(Block(f, rows))
        out.append((section_text(doc, kode), bl))
    return out


def printed_strings(doc: Doc) -> list[str]:
    """Every string the writers print (for the text-layer check)."""
    out = list(doc.title) + list(doc.opts.get("title2", []))
    for label, value in doc.pj_rows:
        out += [label, value]
    out += [c[1] for c in doc.opts["cols"]] + [c[1] for c in doc.opts.get("cols2", [])]
    out += [*doc.jabatan_lines, doc.signer.nama, doc.signer.pangkat_line, doc.signer.nip_line]
    if doc.place_date:
        out.append(doc.place_date)
    for sec, bl in blocks(doc):
        out += sec or []
        for b in bl:
            for row in b.rows:
                out += [v for k, v in row.items() if k != "komponen" or doc.opts["section"] is None]
    return out
