"""The samples: the seed in its two-table form once per producer, and the variations.

Each variation says how it differs from the seed (unit, year, producer, page size, header
wording, column order, long cells...) and which features its PDF must show; golden.py checks
them against the rendered PDF.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from samples.generate.content import (
    AWAYAN,
    BAPPEDA,
    BATUMANDI,
    DINKES,
    DISDIK,
    HALONG,
    HUDI,
    JUAI,
    LAMPIHONG,
    PARINGIN,
    PARINGIN_SELATAN,
    PJ_DATA,
    RSUD,
    SEED_FINDINGS,
    SEED_HEADER,
    SETDA,
    SIGNERS,
    TEBING_TINGGI,
    seed_spec,
)
from samples.generate.spec import Column, DocSpec, Render, Status, Waktu
from samples.generate.variations import HasilOptions, Unit, Variant, build

HV_SHORT: dict[Column, str] = {
    "rekomendasi": "REKOMENDASI",
    "rencana_aksi": "RENCANA AKSI",
    "status": "PROGRES",
    "link": "BUKTI DUKUNG",
}
HV_KETERANGAN: dict[Column, str] = {
    "rencana_aksi": "RENCANA TINDAK LANJUT",
    "status": "KETERANGAN",
    "link": "LINK",
}
HV_PLAIN: dict[Column, str] = {
    "hasil": "HASIL EVALUASI",
    "rekomendasi": "REKOMENDASI",
    "rencana_aksi": "RENCANA TINDAK LANJUT",
    "target": "TARGET",
    "waktu": "WAKTU",
}
PJ_FIRST: tuple[Column, ...] = (
    "no",
    "hasil",
    "rekomendasi",
    "rencana_aksi",
    "target",
    "pj",
    "waktu",
    "status",
    "link",
)
PJ_TARGET_LAST: tuple[Column, ...] = (
    "no",
    "hasil",
    "rekomendasi",
    "rencana_aksi",
    "pj",
    "waktu",
    "target",
    "status",
    "link",
)
LONG = HasilOptions(long=True)
CUT = HasilOptions(with_pemanfaatan=False)
QUOTED = HasilOptions(quoted=True)


def _v(number: int, unit: Unit, tahun: int, render: Render, **kw: Any) -> Variant:
    signer = HUDI if unit is PARINGIN else SIGNERS[unit.slug]
    return Variant(number, unit, tahun, render, signer, PJ_DATA[number % len(PJ_DATA)], **kw)


VARIANTS: tuple[Variant, ...] = (
    _v(
        4,
        AWAYAN,
        2022,
        Render("docx", "F4"),
        headers=HV_SHORT,
        rec_seed=401,
        recs_per_finding=(3, 2, 2, 1),
        hasil={"B": LONG, "C": LONG},
        link_mode="label",
        status_mix=(0.6, 0.2, 0.1, 0.1),
        place_date="Awayan, 14 Maret 2023",
        expect_features=("row_split_across_pages", "header_repeated", "link_annotation"),
    ),
    _v(
        5,
        AWAYAN,
        2023,
        Render("docx", "A4", repeat_header=False, column_number_row=True),
        title="rtl",
        rec_seed=401,
        recs_per_finding=(3, 2, 2, 2),
        link_mode="url",
        hp_style=2,
        signature_style=1,
        hasil={"C": QUOTED},
        expect_features=("no_header_repeat", "url_in_cell"),
    ),
    _v(
        6,
        DINKES,
        2024,
        Render("docx", "A4", multi_rec_cell=True),
        layout="rencana_aksi",
        headers={"rekomendasi": "REKOMENDASI", "rencana_aksi": "RENCANA TINDAK LANJUT"},
        recs_per_finding=(5, 4, 3, 3),
        hasil={"A": LONG, "B": LONG, "D": CUT},
        hp_style=1,
        signature_style=3,
        expect_features=("multi_rec_cell", "header_repeated"),
    ),
    _v(
        7,
        BATUMANDI,
        2024,
        Render("docx", "F4", font="Times New Roman"),
        title="monitoring",
        column_order=PJ_FIRST,
        recs_per_finding=(2, 3, 1, 2),
        link_mode="mixed",
        hp_style=3,
        status_mix=(0.2, 0.4, 0.3, 0.1),
        expect_features=("column_order", "link_annotation"),
    ),
    _v(
        8,
        HALONG,
        2023,
        Render("xlsx", "A4"),
        headers=HV_KETERANGAN,
        recs_per_finding=(2, 2, 3, 1),
        link_mode="label",
        hp_style=0,
        signature_style=2,
        expect_features=("header_repeated", "link_annotation"),
    ),
    _v(
        9,
        DISDIK,
        2024,
        Render("xlsx", "F4", multi_rec_cell=True, column_number_row=True, repeat_header=False),
        layout="rencana_aksi",
        title="rtl",
        headers={"rencana_aksi": "RENCANA TINDAK LANJUT"},
        recs_per_finding=(4, 3, 2, 2),
        hasil={"D": CUT},
        hp_style=2,
        expect_features=("multi_rec_cell", "no_header_repeat"),
    ),
    _v(
        10,
        JUAI,
        2022,
        Render("xlsx", "F4", repeat_header=False),
        column_order=PJ_TARGET_LAST,
        recs_per_finding=(3, 3, 2, 2),
        link_mode="url",
        hp_style=1,
        signature_style=1,
        status_mix=(0.7, 0.1, 0.1, 0.1),
        expect_features=("column_order", "url_in_cell"),
    ),
    _v(
        11,
        LAMPIHONG,
        2024,
        Render("reportlab", "A4", vertical_rules=False),
        recs_per_finding=(2, 2, 2, 2),
        link_mode="mixed",
        hp_style=0,
        hasil={"B": QUOTED},
        expect_features=("no_vertical_rules", "url_in_cell", "link_annotation"),
    ),
    _v(
        12,
        BAPPEDA,
        2023,
        Render("reportlab", "F4"),
        headers=HV_SHORT,
        recs_per_finding=(3, 2, 4, 1),
        hasil={"A": LONG, "C": LONG},
        link_mode="label",
        hp_style=3,
        signature_style=3,
        expect_features=("row_split_across_pages", "header_repeated"),
    ),
    _v(
        13,
        SETDA,
        2024,
        Render("reportlab", "A4", multi_rec_cell=True, repeat_header=False),
        layout="rencana_aksi",
        headers=HV_PLAIN,
        recs_per_finding=(4, 4, 3, 2),
        hasil={"A": LONG, "B": LONG, "C": CUT},
        signature_style=2,
        expect_features=("multi_rec_cell", "no_header_repeat", "row_split_across_pages"),
    ),
    _v(
        14,
        TEBING_TINGGI,
        2022,
        Render("reportlab", "A4", column_number_row=True),
        title="monitoring",
        headers=HV_KETERANGAN,
        column_order=PJ_FIRST,
        recs_per_finding=(1, 2, 2, 1),
        link_mode="url_annotated",
        hp_style=2,
        expect_features=("column_number_row", "url_in_cell", "link_annotation"),
    ),
    _v(
        15,
        RSUD,
        2024,
        Render("docx", "F4", vertical_rules=False),
        headers=HV_PLAIN,
        recs_per_finding=(5, 2, 3, 1),
        link_mode="url_annotated",
        hp_style=0,
        signature_style=1,
        expect_features=("url_in_cell", "link_annotation"),
    ),
    _v(
        16,
        PARINGIN_SELATAN,
        2024,
        Render("xlsx", "A4", vertical_rules=False),
        title="monitoring",
        recs_per_finding=(2, 1, 2, 2),
        link_mode="mixed",
        hasil={"B": QUOTED, "D": HasilOptions(with_nilai=False)},
        hp_style=3,
        expect_features=("no_vertical_rules",),
    ),
)


def paringin_2024() -> DocSpec:
    """The next year of the seed unit: two unfinished seed recommendations come back."""
    base = build(
        _v(
            17,
            PARINGIN,
            2024,
            Render("reportlab", "A4"),
            recs_per_finding=(1, 2, 2, 1),
            link_mode="label",
            hp_style=1,
            status_mix=(0.3, 0.4, 0.2, 0.1),
            expect_features=("header_repeated", "merged_hasil_evaluasi"),
        )
    )
    waktu = Waktu("Semester I Tahun 2025", 2025, "Semester I")
    carry = {"A": SEED_FINDINGS[0].recs[2], "C": SEED_FINDINGS[2].recs[3]}
    findings = []
    for f in base.findings:
        if f.kode in carry:
            rec = replace(carry[f.kode], waktu=waktu, status=Status("Dalam proses", "proses"))
            f = replace(f, recs=(rec, *f.recs))
        findings.append(f)
    return replace(base, findings=tuple(findings), header=SEED_HEADER)


def catalog() -> list[DocSpec]:
    """Every sample, sorted by name."""
    specs = [
        seed_spec(
            "001_docx_paringin_2023",
            Render("docx", "A4"),
            ("header_repeated", "row_split_across_pages", "link_annotation", "url_in_cell"),
        ),
        seed_spec("002_xlsx_paringin_2023", Render("xlsx", "F4"), ("header_repeated",)),
        seed_spec(
            "003_reportlab_paringin_2023",
            Render("reportlab", "A4", repeat_header=False),
            ("no_header_repeat", "row_split_across_pages"),
        ),
        *(build(v) for v in VARIANTS),
        paringin_2024(),
    ]
    for spec in specs:
        spec.validate()
    return sorted(specs, key=lambda s: s.name)
