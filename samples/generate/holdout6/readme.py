"""README of samples/holdout6, written from the specs."""

from __future__ import annotations

from samples.generate.holdout6.model import Doc

HEAD = """# samples/holdout6/

A sixth held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout6`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten/kota (Jawa Timur: Malang; Bali: Gianyar; Riau: Pekanbaru; Aceh:
Aceh Besar; Maluku: Ambon; Papua: Jayapura; Bengkulu: Rejang Lebong; Gorontalo: Gorontalo),
people, NIPs, recommendation wordings, HASIL wordings and layouts differ from
samples/born_digital, samples/holdout, holdout2, holdout3, holdout4 and holdout5. Same
expected-JSON format as samples/expected/ (see samples/README.md); `manifest.json` has the
same fields with `"kind": "holdout6"`, its paths relative to this folder.

The expected values are written from the specs typed in samples/generate/holdout6/content.py
and wording.py (never from the pipeline, which the author of this set did not read or run);
only `page_count` and each recommendation's `page` (where its REKOMENDASI text starts) are
read from the PDF with poppler. The generator also checks that every printed word is in the
text layer (kop surat, titles, headers, column-number rows, cells, both signature blocks),
that every written-out URL is there, that the link annotations are exactly the annotated
LINK cells, that pdfplumber reads characters on every page, and the page-level features
listed (a cell going on over a page break, header repeated or not, single page, 1-5 pages),
for each of the two tables of a two-table document.

Status: measured at first contact on 2026-11-28 (docs/benchmarks.md: 100 % of
recommendations found, every score and NIP exact in 8 of 8 documents; misses in the header
block under a letterhead (unit, tahun) and a unit headed `DISTRIK`), then the pipeline was
fixed against it; it is no longer unseen. Document 602's header row is cut short by its
row height ("TARGET/ OUTPUT", "PENANGGUNG JAWAB" lose their second line), as Excel
exports do; it is kept as such.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum, no total
within 0,5 of a predikat boundary. NIPs are 18 digits: a valid birth date, a CPNS TMT
(yyyymm) at age 19 or more, sex digit 1/2 matching the person, sequence.

Conventions of the expected values (those of samples/holdout2 .. holdout5):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`, `1)`) is removed;
- `waktu_periode` is the period as written without the year, in canonical case; a range
  stays a range (`Agustus s.d. Desember` -> `Agustus - Desember`, holdout5); `s.d. Juni`
  -> `Juni`; `Tahun 2024` alone -> null;
- status labels per SAKIP.md and the earlier sets;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  label with a link annotation: `tautan` is the annotation URL, `tautan_teks` the label; an
  empty LINK cell: both null; TARGET `-` gives target_data null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped, `Plt.` kept; `pj_hp` in E.164;
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym;
  pangkat and golongan in canonical form (`III.d` -> `III/d`);
- two tables in one document: the document is `monitoring`, and each recommendation's
  `page` is where it starts in the monitoring table (the later one);
- HASIL bullet marks (`-`, and here `\u2022`) are kept in hasil_evaluasi.

Conventions this set relies on that earlier READMEs do not state (judgement calls):
- a kop surat (letterhead: `PEMERINTAH KABUPATEN ...`, the unit, address, phone, a double
  rule) above the title is no part of any field; the unit and kabupaten come from the title;
- a column-number row `(1) (2) ... (n)` under the header is no data;
- abbreviated periods: `TW II 2025` -> periode `Triwulan II`; `Des 2024`, `Jun 2024`,
  `Okt 2024` -> `Desember`, `Juni`, `Oktober` (canonical names); a date `30 Juni 2024` ->
  periode `Juni`; `s/d Juni 2026` -> `Juni` (as holdout4's `s.d. September 2026`);
- status with a percentage and words: `75% - dalam proses`, `Proses (70%)` -> proses;
  `100% - selesai`, `Selesai (100%)` -> selesai; `0% - belum dimulai`, `Belum (0%)` ->
  belum; a status column headed `KETERANGAN` is the status column;
- a penanggung jawab with a name in brackets (`Kasi Pemerintahan (Agus Wahyudi)`) is kept
  as written; an HP number followed by `(WA)` is the number;
- signature blocks with `Mengetahui, SEKRETARIS DAERAH ...` on the left and the unit head
  on the right: penandatangan_* are the unit head's (the right-hand block);
- NO numbered running on over the components (A 1, B 2, C 3, D 4; 603): finding_no is the
  printed NO (DATA_CONTRACT.md: "the NO column");
- recommendations printed without an item number (603): rekomendasi_no counts the rows of
  the finding 1, 2, 3;
- `Distrik Sentani` (Papua's kecamatan) is the unit_kerja as written.
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
