"""assign_groups and link_all: stable ids, membership, the groups table."""

from __future__ import annotations

import re

import pandas as pd
from link_fixtures import frame, rec

from link import LinkResult, LinkSettings, assign_groups, link_all, link_years
from link.groups import group_id
from link.teks import normalize_rekomendasi
from schemas.models import Group

CROSS = "Agar Membuat diagram Crosscutting"
TL = "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya."
LKJIP = (
    "Agar Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai "
    "kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)"
)


def _recs() -> pd.DataFrame:
    return frame(
        rec("a22-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("a23-A1-1", "Kec. Juai", 2023, "A", "1. Membuat diagram crosscutting"),
        rec("a22-D1-1", "Kecamatan Juai", 2022, "D", TL),
        rec("a22-B1-1", "Kecamatan Juai", 2022, "B", LKJIP),
        rec("a23-C1-1", "Kec. Juai", 2023, "C", LKJIP.replace("mengenai", "tentang")),
        rec("b23-D1-1", "Kecamatan Halong", 2023, "D", TL.rstrip(".")),
        rec("b24-D1-1", "Kecamatan Halong", 2024, "D", TL.replace("seluruh", "semua")),
        rec("b24-A1-1", "Kecamatan Halong", 2024, "A", "Agar menyusun Renstra Perubahan"),
        rec("b24-A1-2", "Kecamatan Halong", 2024, "A", None),
    )


def _by_id(recs: pd.DataFrame, series: pd.Series) -> dict[str, str]:
    return dict(zip(recs["recommendation_id"], series, strict=True))


def test_membership() -> None:
    recs = _recs()
    series, groups = assign_groups(recs)
    g = _by_id(recs, series)
    assert g["a22-A1-1"] == g["a23-A1-1"]  # same text after normalisation
    assert g["a22-D1-1"] == g["b23-D1-1"] == g["b24-D1-1"]  # across units, then reworded
    assert g["a22-B1-1"] == g["a23-C1-1"]  # moved komponen, joined by the match link
    assert len({g["a22-A1-1"], g["a22-D1-1"], g["a22-B1-1"], g["b24-A1-1"]}) == 4
    assert pd.isna(g["b24-A1-2"])  # no text, no group
    assert series.name == "recommendation_group"
    assert series.index.equals(recs.index)
    assert len(groups) == 4


def test_groups_table() -> None:
    series, groups = assign_groups(_recs())
    assert list(groups.columns) == list(Group.model_fields)
    for row in groups.to_dict("records"):
        Group.model_validate({k: (None if pd.isna(v) else v) for k, v in row.items()})
    tl = groups.iloc[0]  # shared by most units first
    assert tl["rekomendasi"] == TL.rstrip(".")  # most frequent spelling, ties to the first
    assert (tl["n_recommendations"], tl["n_units"], tl["n_years"]) == (3, 2, 3)
    assert (tl["tahun_first"], tl["tahun_last"]) == (2022, 2024)
    assert tl["unit_kerja_list"] == "Kecamatan Halong; Kecamatan Juai"
    assert tl["komponen_kode"] == "D"
    assert set(groups["recommendation_group"]) == set(series.dropna())


def test_ids_are_stable_whatever_the_row_order() -> None:
    recs = _recs()
    series, groups = assign_groups(recs)
    ids = _by_id(recs, series)
    for seed in range(3):
        shuffled = recs.sample(frac=1, random_state=seed).reset_index(drop=True)
        s2, g2 = assign_groups(shuffled)
        assert _by_id(shuffled, s2) == ids
        pd.testing.assert_frame_equal(g2, groups)
    for gid in ids.values():
        assert pd.isna(gid) or re.fullmatch(r"G-[0-9a-f]{12}", gid)
    assert ids["a22-A1-1"] == group_id(normalize_rekomendasi(CROSS))


def test_given_matches_are_used() -> None:
    recs = _recs()
    no_links = link_years(recs).iloc[:0]
    series, _ = assign_groups(recs, matches=no_links)
    g = _by_id(recs, series)
    assert g["a22-B1-1"] != g["a23-C1-1"]  # different komponen, no link: apart


def test_cutoff_group_controls_cross_unit_grouping() -> None:
    recs = frame(
        rec("a-B1-1", "Kecamatan Juai", 2022, "B", "menyusun laporan pengukuran kinerja bulanan"),
        rec("b-B1-1", "Kecamatan Halong", 2022, "B", "menyusun laporan pengukuran kinerja"),
    )
    apart, _ = assign_groups(recs, LinkSettings(cutoff_group=95))
    together, _ = assign_groups(recs, LinkSettings(cutoff_group=80))
    assert apart.nunique() == 2 and together.nunique() == 1


def test_empty_input() -> None:
    empty = pd.DataFrame(
        columns=["recommendation_id", "unit_kerja", "tahun_evaluasi", "komponen_kode",
                 "rekomendasi"]
    )  # fmt: skip
    series, groups = assign_groups(empty)
    assert len(series) == 0 and series.name == "recommendation_group"
    assert list(groups.columns) == list(Group.model_fields) and len(groups) == 0
    result = link_all(empty)
    assert isinstance(result, LinkResult)
    assert len(result.matches) == 0 and len(result.groups) == 0


def test_link_all() -> None:
    recs = _recs()
    result = link_all(recs, {"cutoff_group": 95})
    assert result.settings.cutoff_group == 95
    pd.testing.assert_frame_equal(result.matches, link_years(recs, result.settings))
    series, groups = assign_groups(recs, result.settings)
    pd.testing.assert_series_equal(result.recommendation_group, series)
    pd.testing.assert_frame_equal(result.groups, groups)
