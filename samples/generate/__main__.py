"""Render every sample and write its expected JSON and the manifest.

    python -m samples.generate            # all samples
    python -m samples.generate 001 007    # only names starting with these prefixes

Sources (.docx/.xlsx), LibreOffice's profile and intermediate PDFs go to samples/.build/
(gitignored); the outputs are samples/born_digital/*.pdf, samples/expected/*.json and
samples/manifest.json. Manifest entries of other kinds (scanned variants) are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from samples.generate.catalog import catalog
from samples.generate.convert import fix_pdf_metadata, soffice_to_pdf
from samples.generate.docx_writer import write_docx
from samples.generate.golden import golden
from samples.generate.reportlab_writer import write_reportlab
from samples.generate.spec import PRODUCER_NAMES, DocSpec
from samples.generate.xlsx_writer import write_xlsx

SAMPLES = Path(__file__).resolve().parents[1]


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(specs: list[DocSpec], build: Path) -> dict[str, Path]:
    """Render ``specs`` into ``build``; returns the PDF of each spec by name."""
    src, pdf_dir = build / "src", build / "pdf"
    src.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    office: list[Path] = []
    pdfs: dict[str, Path] = {}
    for spec in specs:
        producer = spec.render.producer
        if producer == "docx":
            office.append(write_docx(spec, src / f"{spec.name}.docx"))
        elif producer == "xlsx":
            office.append(write_xlsx(spec, src / f"{spec.name}.xlsx"))
        else:
            pdfs[spec.name] = write_reportlab(spec, pdf_dir / f"{spec.name}.pdf")
    for pdf in soffice_to_pdf(office, pdf_dir, build / "lo-profile"):
        fix_pdf_metadata(pdf)
        pdfs[pdf.stem] = pdf
    return pdfs


def _manifest_entry(spec: DocSpec, features: list[str]) -> dict[str, Any]:
    return {
        "pdf": f"born_digital/{spec.name}.pdf",
        "expected": f"expected/{spec.name}.json",
        "kind": "born_digital",
        "producer": PRODUCER_NAMES[spec.render.producer],
        "features": features,
    }


def publish(specs: list[DocSpec], pdfs: dict[str, Path], full: bool) -> list[dict[str, Any]]:
    """Copy PDFs, write expected JSON and the manifest; returns the new entries."""
    born, expected = SAMPLES / "born_digital", SAMPLES / "expected"
    born.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    manifest_path = SAMPLES / "manifest.json"
    old: list[dict[str, Any]] = (
        json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else []
    )
    entries: dict[str, dict[str, Any]] = {e["pdf"]: e for e in old}
    if full:  # a full run owns every born-digital entry: drop the ones no spec makes
        entries = {k: e for k, e in entries.items() if e.get("kind") != "born_digital"}
    new = []
    for spec in specs:
        data, features = golden(spec, pdfs[spec.name])
        shutil.copyfile(pdfs[spec.name], born / f"{spec.name}.pdf")
        (expected / f"{spec.name}.json").write_text(_dump(data), encoding="utf-8")
        entry = _manifest_entry(spec, features)
        entries[entry["pdf"]] = entry
        new.append(entry)
    if full:
        wanted = {Path(e["pdf"]).name for e in entries.values()}
        for stale in born.glob("*.pdf"):
            if stale.name not in wanted:
                stale.unlink()
        kept = {Path(e["expected"]).name for e in entries.values()}
        for stale in expected.glob("*.json"):
            if stale.name not in kept:
                stale.unlink()
    ordered = [entries[k] for k in sorted(entries)]
    manifest_path.write_text(_dump(ordered), encoding="utf-8")
    return new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__)
    parser.add_argument("only", nargs="*", help="render only names starting with these")
    args = parser.parse_args(argv)
    start = time.monotonic()
    specs = [s for s in catalog() if not args.only or s.name.startswith(tuple(args.only))]
    if not specs:
        print(f"no sample matches {args.only}", file=sys.stderr)
        return 2
    build = SAMPLES / ".build"
    shutil.rmtree(build, ignore_errors=True)
    pdfs = render(specs, build)
    rendered = time.monotonic()
    for entry in publish(specs, pdfs, full=not args.only):
        print(f"{entry['pdf']:<48} {', '.join(entry['features'])}")
    done = time.monotonic()
    print(
        f"{len(specs)} samples: rendered in {rendered - start:.1f}s, "
        f"checked and written in {done - rendered:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
