"""Build samples/holdout2/: ``python -m samples.generate.holdout2``.

Sources, the LibreOffice profile and intermediate PDFs go to /tmp; the PDFs, expected JSON,
manifest.json and README.md go to samples/holdout2/.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from samples.generate.convert import fix_pdf_metadata, soffice_to_pdf
from samples.generate.golden import read_pdf
from samples.generate.holdout2.docs_a import doc_201, doc_202
from samples.generate.holdout2.docs_b import doc_203, doc_204
from samples.generate.holdout2.docs_c import doc_205, doc_206
from samples.generate.holdout2.docs_d import doc_207, doc_208
from samples.generate.holdout2.docx_writer import write_docx
from samples.generate.holdout2.expect import check_all
from samples.generate.holdout2.model import Doc
from samples.generate.holdout2.pdf_writer import write_reportlab
from samples.generate.holdout2.readme import readme
from samples.generate.holdout2.xlsx_writer import write_xlsx
from samples.generate.spec import PRODUCER_NAMES

SAMPLES = Path(__file__).resolve().parents[2]
OUT = SAMPLES / "holdout2"
BUILD = Path("/tmp/holdout2-build")
LO_PROFILE = Path("/tmp/holdout2-lo")
MAX_BYTES = 1_500_000


def catalog() -> list[Doc]:
    return [doc_201(), doc_202(), doc_203(), doc_204(), doc_205(), doc_206(), doc_207(), doc_208()]


def render(docs: list[Doc]) -> dict[str, Path]:
    shutil.rmtree(BUILD, ignore_errors=True)
    src, pdf_dir = BUILD / "src", BUILD / "pdf"
    src.mkdir(parents=True)
    pdf_dir.mkdir(parents=True)
    office: list[Path] = []
    pdfs: dict[str, Path] = {}
    for doc in docs:
        producer = doc.style.producer
        if producer == "docx":
            office.append(write_docx(doc, src / f"{doc.name}.docx"))
        elif producer == "xlsx":
            office.append(write_xlsx(doc, src / f"{doc.name}.xlsx"))
        else:
            pdfs[doc.name] = write_reportlab(doc, pdf_dir / f"{doc.name}.pdf")
    for pdf in soffice_to_pdf(office, pdf_dir, LO_PROFILE):
        fix_pdf_metadata(pdf)
        pdfs[pdf.stem] = pdf
    return pdfs


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    docs = catalog()
    names = [d.name for d in docs]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate names")
    pdfs = render(docs)
    born, exp = OUT / "born_digital", OUT / "expected"
    shutil.rmtree(born, ignore_errors=True)
    shutil.rmtree(exp, ignore_errors=True)
    born.mkdir(parents=True)
    exp.mkdir(parents=True)
    manifest = []
    for doc in docs:
        pdf_path = pdfs[doc.name]
        pdf = read_pdf(pdf_path)
        data, feats = check_all(doc, pdf_path, pdf)
        shutil.copyfile(pdf_path, born / f"{doc.name}.pdf")
        (exp / f"{doc.name}.json").write_text(_dump(data), encoding="utf-8")
        manifest.append(
            {
                "pdf": f"born_digital/{doc.name}.pdf",
                "expected": f"expected/{doc.name}.json",
                "kind": "holdout2",
                "producer": PRODUCER_NAMES[doc.style.producer],
                "features": feats,
            }
        )
        print(f"{doc.name:<34} {pdf.page_count}p  {', '.join(feats)}")
    (OUT / "manifest.json").write_text(_dump(manifest), encoding="utf-8")
    (OUT / "README.md").write_text(readme(docs), encoding="utf-8")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"{len(docs)} documents, {size / 1e6:.2f} MB in {OUT}")
    if size > MAX_BYTES:
        raise SystemExit(f"{OUT} is {size} bytes, over {MAX_BYTES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
