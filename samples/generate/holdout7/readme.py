"""README of samples/holdout7, written from the specs."""

from __future__ import annotations

from samples.generate.holdout7.model import Doc

HEAD = """# samples/holdout7/

A seventh held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout7`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten/kota (Sumatera Utara: Serdang Bedagai; Lampung: Lampung Timur;
Jambi: Merangin; Banten: Kota Serang; DI Yogyakarta: Sleman; Sulawesi Tengah: Kota Palu;
Nusa Tenggara Timur: Kupang; Sulawesi Utara: Minahasa Utara), people, NIPs, recommendation
wordings, HASIL wordings and layouts differ from samples/born_digital, samples/holdout and
holdout2 .. holdout6. Same expected-JSON format as samples/expected/ (see samples/README.md);
`manifest.json` has the same fields with `"kind": "holdout7"`, its paths relative to this
folder.

The expected values are written from the specs typed in samples/generate/holdout7/content.py
and wording.py (never from the pipeline, which the author of this set did not read or run);
only `page_count` and each recommendation's `page` (where its REKOMENDASI text starts) are
read from the PDF with poppler. The generator also checks that every printed word is in the
text layer (titles, headers, cells, NILAI cells, signature blocks), that every written-out
URL is there, that the link annotations are exactly the annotated LINK cells, that
pdfplumber reads characters on every page, and the page-level features listed (a cell going
on over a page break, header repeated or not, 1-5 pages), for each table of a two-table
document.

Status: measured at first contact on 2026-11-28 (docs/benchmarks.md: 100 % of
recommendations found; every score and NIP exact in 6 of 8 documents, the two with a
NILAI column (702, 707) read without scores; other misses: golongan written with a blank
(`IV b`), a kelurahan's kecamatan after its name, an acronym with a digit (`DP3A`), a
wrapped name label), then the pipeline was fixed against it; it is no longer unseen.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum, no total
within 0,5 of a predikat boundary. NIPs are 18 digits: a valid birth date, a CPNS TMT
(yyyymm) at age 19 or more, sex digit 1/2 matching the person, sequence.

Conventions of the expected values (those of samples/holdout2 .. holdout6):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`) is removed;
- `waktu_periode` is the period as written without the year, in canonical case; a range
  stays a range; `Tahun 2024` alone -> null; a date in a month -> the month;
- status labels per SAKIP.md and the earlier sets;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  label with a link annotation: `tautan` is the annotation URL, `tautan_teks` the label; an
  empty LINK cell: both null; TARGET `-` gives target_data null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped; `pj_hp` in E.164;
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym;
  pangkat and golongan in canonical form (`Pembina Tingkat I` -> `Pembina Tk. I`, as
  holdout5's `Penata Tingkat I`);
- two tables in one document: the document is `monitoring`, and each recommendation's
  `page` is where it starts in the monitoring table (the later one);
- HASIL marks (`-`, `1)` list items) are kept in hasil_evaluasi;
- section rows with the weight (`... (BOBOT 30)` in holdout5) are the component, the weight
  is no score.

Conventions this set relies on that earlier READMEs do not state (judgement calls):
- a separate NILAI column beside HASIL (702, 707): the scores are read from the NILAI cell;
  `hasil_evaluasi` is the HASIL EVALUASI cell only (the contract names that cell), without
  the NILAI cell's text;
- section rows `KOMPONEN I: PERENCANAAN KINERJA (30%)` .. `KOMPONEN IV: ...` (701) and
  `I. PERENCANAAN KINERJA (BOBOT 30%)` (704) are components A..D;
- HASIL `Nilai: 21,60 / 30,00 (72,00%)`: nilai 21.60, persen 72.0 (the number after `/` is
  the maximum, bobot or bobot x share);
- waktu `Minggu ke-2 Juli 2025` -> periode `Juli` (the month, like a date), tahun 2025;
  `Semester 2 Tahun 2025` -> periode `Semester II` (canonical Roman numeral, as `TW II` ->
  `Triwulan II`), tahun 2025;
- status in capitals `SELESAI`, `DALAM PROSES`, `BELUM DILAKSANAKAN` -> selesai, proses,
  belum; status_progres as written (capitals kept);
- golongan written with a space `IV b`, `III d` -> `IV/b`, `III/d`;
- HP `+62 (812) 6540-2317` -> `+6281265402317`;
- signer names with many academic titles are kept as printed.
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
