"""Build samples/holdout3: PDFs, expected JSON, manifest.json and README.md."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from samples.generate.convert import fix_pdf_metadata, soffice_to_pdf
from samples.generate.holdout3.check import verify
from samples.generate.holdout3.model import Doc, expected
from samples.generate.holdout3.readme import readme
from samples.generate.holdout3.specs import all_docs

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "samples" / "holdout3"
BUILD = Path("/tmp/holdout3-build")
MAX_BYTES = 1_500_000


def produce(docs: list[Doc]) -> dict[str, Path]:
    from samples.generate.holdout3.w_docx import write_docx
    from samples.generate.holdout3.w_rl import write_reportlab
    from samples.generate.holdout3.w_xlsx import write_xlsx

    src = BUILD / "src"
    pdfdir = BUILD / "pdf"
    if BUILD.exists():
        shutil.rmtree(BUILD)
    src.mkdir(parents=True)
    pdfdir.mkdir(parents=True)
    out: dict[str, Path] = {}
    office = []
    for doc in docs:
        if doc.producer == "libreoffice-docx":
            office.append(write_docx(doc, src / f"{doc.name}.docx"))
        elif doc.producer == "libreoffice-xlsx":
            office.append(write_xlsx(doc, src / f"{doc.name}.xlsx"))
        else:
            out[doc.name] = write_reportlab(doc, pdfdir / f"{doc.name}.pdf")
    for pdf in soffice_to_pdf(office, pdfdir, BUILD / "lo-profile"):
        out[pdf.stem] = pdf
    for pdf in out.values():
        fix_pdf_metadata(pdf)
    return out


def main(argv: list[str]) -> int:
    docs = all_docs()
    if argv:
        docs = [d for d in docs if any(a in d.name for a in argv)]
    pdfs = produce(docs)
    (OUT / "born_digital").mkdir(parents=True, exist_ok=True)
    (OUT / "expected").mkdir(parents=True, exist_ok=True)
    manifest = []
    for doc in docs:
        dest = OUT / "born_digital" / f"{doc.name}.pdf"
        shutil.copyfile(pdfs[doc.name], dest)
        if dest.stat().st_size > MAX_BYTES:
            raise SystemExit(f"{doc.name}: {dest.stat().st_size} bytes")
        page_count, pages = verify(doc, dest)
        exp = expected(doc, page_count, pages)
        (OUT / "expected" / f"{doc.name}.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        manifest.append(
            {
                "pdf": f"born_digital/{doc.name}.pdf",
                "expected": f"expected/{doc.name}.json",
                "kind": "holdout3",
                "producer": doc.producer,
                "features": sorted(doc.features),
            }
        )
        print(f"{doc.name}: {page_count} pages, rec pages {pages}")
    if not argv:
        (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        (OUT / "README.md").write_text(readme(docs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
