"""Second held-out Rencana Aksi set: ``python -m samples.generate.holdout2``.

Eight documents from Kabupaten Barito Kuala, Tanah Laut, Hulu Sungai Selatan and Kota
Banjarmasin (Dinas Perhubungan, Badan Pendapatan Daerah, Satuan Polisi Pamong Praja,
Kesbangpol, BPBD and three kecamatan), 2022-2025, rendered by the real producers
(python-docx and openpyxl through LibreOffice, reportlab) with layouts neither
samples/born_digital nor samples/holdout has: landscape Legal, a HASIL EVALUASI over three
pages, header and column-number rows repeated on every page, mixed "1." / "1)" numbering,
"-" lists inside one recommendation, percentage and "sesuai" statuses, "s.d." deadlines,
line breaks in PENANGGUNG JAWAB, short URLs without scheme, two signatories side by side, a
bordered 3-column header block, grey borders, banded rows, Times New Roman on portrait F4.

Modules: words_crit / words_recs (wordings), scores (weights and HASIL texts), model (spec
and grid), build (spec helpers), docs_a .. docs_d (the eight specs, two each), docx_writer /
xlsx_writer / pdf_writer (producers), expect (expected JSON and PDF checks), readme.
"""
