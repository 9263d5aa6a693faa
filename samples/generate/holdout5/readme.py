"""README of samples/holdout5, written from the specs."""

from __future__ import annotations

from samples.generate.holdout5.model import Doc

HEAD = """# samples/holdout5/

A fifth held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout5`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten/kota (Sulawesi Selatan: Gowa, Bone; Nusa Tenggara Barat: Lombok
Timur, Sumbawa; Sumatera Barat: Agam, Bukittinggi; Jawa Tengah: Banyumas, Klaten), people,
NIPs, recommendation wordings, HASIL wordings and layouts differ from samples/born_digital,
samples/holdout, holdout2, holdout3 and holdout4. Same expected-JSON format as
samples/expected/ (see samples/README.md); `manifest.json` has the same fields with
`"kind": "holdout5"`, its paths relative to this folder.

The expected values are written from the specs typed in samples/generate/holdout5/content.py
(never from the pipeline, which the author of this set did not read or run); only
`page_count` and each recommendation's `page` (where its REKOMENDASI text starts) are read
from the PDF with poppler. The generator also checks that every printed word is in the text
layer, that every written-out URL is there, that the link annotations are exactly the
annotated LINK cells, that pdfplumber reads characters on every page, and the page-level
features listed (a cell going on over a page break, header repeated or not, single page,
1-5 pages), for each of the two tables of a two-table document.

Status: measured at first contact on 2026-11-28 (docs/benchmarks.md: 100 % of
recommendations found, every score and NIP exact in 8 of 8 documents; misses in a range
written with `s.d.` (a convention, set to the canonical form above), items numbered `(1)`,
an HP label wrapped over two lines, and `PEMERINTAH KABUPATEN X` above the title), then the
pipeline was fixed against it; it is no longer unseen.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum, no total
within 0,5 of a predikat boundary. NIPs are 18 digits: a valid birth date, a CPNS TMT
(yyyymm) at age 19 or more, sex digit 1/2 matching the signer, sequence.

Conventions of the expected values (those of samples/holdout2, holdout3 and holdout4):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`, `1)`, `(1)`) is removed;
- `waktu_periode` is the period as written without the year; a range stays a range;
- status labels per SAKIP.md and the earlier sets;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  label with a link annotation: `tautan` is the annotation URL, `tautan_teks` the label; an
  empty LINK cell: both null; TARGET `-` gives target_data null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped, `Plt.` kept, the `a.n. ...` line above it not part of it; `pj_hp` in E.164;
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym;
  pangkat and golongan in canonical form (`Penata Tingkat I` -> `Penata Tk. I`, `IV.b`,
  `IV-c` -> `IV/b`, `IV/c`);
- two tables in one document (like the seed and samples/expected/001-003): the document is
  `monitoring`, and each recommendation's `page` is where it starts in the monitoring table
  (the later one); both tables print the same HASIL, REKOMENDASI and RENCANA AKSI texts.

Conventions this set relies on that earlier READMEs do not state outright (judgement calls):
- `Triwulan III 2025` (no word `Tahun`): periode `Triwulan III`, tahun 2025;
- `Agustus s.d. Desember 2024`: periode `Agustus - Desember` (a range stays a range,
  like holdout4's `Juni - Desember`, with its connector in one canonical form for every
  range; the author wrote `Agustus s.d. Desember` as printed, the project's owner set the
  canonical form after first contact, where it counted as a miss);
- status `Telah ditindaklanjuti`, `Sudah selesai`, `Sudah TL` -> selesai; `Masih dalam
  proses`, `Masih berproses`, `Proses (60%)`, `Sebagian ditindaklanjuti` -> proses (SAKIP.md
  lists `Sebagian` as proses); `Belum dilaksanakan`, `Belum ditindaklanjuti karena ...`,
  `BTL` -> belum;
- section rows with the weight `A. KOMPONEN PERENCANAAN KINERJA (BOBOT 30)` are component A;
  the bobot is no score;
- HASIL lines starting `- Keberadaan: ...` keep their `-` marks in hasil_evaluasi.
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
