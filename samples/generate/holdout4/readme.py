"""README of samples/holdout4, written from the specs."""

from __future__ import annotations

from samples.generate.holdout4.model import Doc

HEAD = """# samples/holdout4/

A fourth held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout4`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten/kota (Kalimantan Timur, Kalimantan Utara, Kalimantan Tengah), people,
NIPs, recommendation wordings, HASIL wordings and layouts differ from samples/born_digital,
samples/holdout, samples/holdout2 and samples/holdout3. Same expected-JSON format as
samples/expected/ (see samples/README.md); `manifest.json` has the same fields with
`"kind": "holdout4"`, its paths relative to this folder.

The expected values are written from the specs typed in samples/generate/holdout4/content.py
(never from the pipeline, which the author of this set did not read or run); only
`page_count` and each recommendation's `page` (where its REKOMENDASI text starts) are read
from the PDF with poppler. The generator also checks that every printed word is in the text
layer, that every written-out URL is there, that the link annotations are exactly the
annotated LINK cells, that pdfplumber reads characters on every page, and the page-level
features listed (row split across pages, header repeated or not, 4+ pages).

Status: measured at first contact on 2026-11-28 (docs/benchmarks.md: 100 % of
recommendations found, every score and NIP exact in 8 of 8 documents; misses in the status
column headed "CAPAIAN (%)", pj_hp under the labels "Telepon Seluler" and "HP", and
monitoring values stacked beside several recommendations in one row), then the pipeline
was fixed against it; it is no longer unseen.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum, no total
within 0,5 of a predikat boundary.

Conventions of the expected values (those of samples/holdout2 and holdout3):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`, `1)`, `a)`) is removed; lettered items count 1, 2, 3;
- `waktu_periode` is the period as written without the year; `s.d. September 2026` has
  periode `September`; a range `Juni - Desember` stays a range; `Tahun 2024` has periode null;
- status labels per SAKIP.md and holdout2: `Sudah ditindaklanjuti ...`, `Selesai`, `TL`,
  `100%` -> selesai; `Dalam proses ...`, `Proses`, `On progress`, `50%` -> proses;
  `Belum ditindaklanjuti`, `Belum` -> belum;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  label with a link annotation: `tautan` is the annotation URL, `tautan_teks` the label; an
  empty LINK cell: both null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped, `Plt.` kept, the `a.n. ...` line above it not part of it; `pj_hp` in E.164;
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym;
  section rows `I.`..`IV.` are components A..D; golongan in canonical form (`IV.b` -> `IV/b`).

New conventions of this set (not covered by earlier READMEs):
- TWO findings in one komponen (401: B, 406: A): each is its own finding (finding_no 1 and
  2, the NO column), each with its own HASIL and recommendations; rekomendasi_no restarts at
  1 in the second finding (the recommendation_id `{komponen}{finding_no}-{no}` of
  DATA_CONTRACT.md is unique that way). Only finding 1 states scores; the second is a
  narrative finding whose score fields are all null, and `total_nilai` sums the component
  nilai of the findings that state them (one per komponen).
- status `0%` -> belum (nothing done yet; the natural reading next to holdout2's `100%`
  selesai / `50%` proses).
"""


def readme(docs: list[Doc]) -> str:
    parts = [HEAD]
    for d in docs:
        parts.append(f"\n## {d.name}\n")
        parts.append(f"- producer {d.producer}, layout {d.layout}\n")
        parts.append(f"- {d.layout_text}\n")
        parts.append(f"- features: {', '.join(sorted(d.features))}\n")
        for n in d.notes:
            parts.append(f"- note: {n}\n")
    return "".join(parts)
