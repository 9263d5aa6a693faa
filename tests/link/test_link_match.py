"""link_years: blocking, consecutive years, one-to-one, decisions and audit columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from link_fixtures import frame, pair_set, rec
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

import link.assign as assign
import link.scoring as scoring
from link import LinkSettings, link_years
from link.frames import pandas_dtypes
from schemas.models import Match

RENJA = (
    "Agar Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja "
    "atau target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja"
)
CROSS = "Agar Membuat diagram Crosscutting"
LKJIP = (
    "Agar Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai "
    "kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)"
)
TL = "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya."


def test_empty_input_gives_empty_frame_with_the_contract_columns() -> None:
    empty = pd.DataFrame(columns=["recommendation_id", "unit_kerja", "tahun_evaluasi",
                                  "komponen_kode", "rekomendasi"])  # fmt: skip
    out = link_years(empty)
    assert list(out.columns) == list(Match.model_fields)
    assert len(out) == 0
    assert out.dtypes.astype(str).to_dict() == {
        k: str(pd.Series(dtype=v).dtype) for k, v in pandas_dtypes(Match).items()
    }


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="komponen_kode"):
        link_years(pd.DataFrame({"recommendation_id": [], "unit_kerja": [],
                                 "tahun_evaluasi": [], "rekomendasi": []}))  # fmt: skip


def test_rows_satisfy_the_match_model() -> None:
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("p-A1-2", "Kecamatan Juai", 2022, "A", RENJA),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", "2. Membuat diagram crosscuting"),
        rec("n-A1-2", "Kecamatan Juai", 2023, "A", RENJA.replace("Renja", "Renstra")),
    )
    out = link_years(recs)
    assert list(out.columns) == list(Match.model_fields)
    assert out["tahun_prev"].dtype == "int16"
    for row in out.to_dict("records"):
        Match.model_validate({k: (None if pd.isna(v) else v) for k, v in row.items()})
    assert len(out) == 2


def test_units_are_blocked_and_their_names_normalised() -> None:
    recs = frame(
        rec("p1-A1-1", "Kec. Paringin", 2022, "A", CROSS),
        rec("n1-A1-1", "KECAMATAN PARINGIN", 2023, "A", CROSS),
        rec("p2-A1-1", "Kecamatan Paringin Selatan", 2022, "A", RENJA),
        rec("n3-A1-1", "Kecamatan Halong", 2023, "A", RENJA),  # same text, other unit
    )
    out = link_years(recs)
    assert pair_set(out) == {("p1-A1-1", "n1-A1-1")}
    assert out["unit_kerja"].tolist() == ["KECAMATAN PARINGIN"]  # written out wins


def test_unit_display_name_prefers_written_out_mixed_case() -> None:
    recs = frame(
        rec("a-A1-1", "Kec. Awayan", 2022, "A", CROSS),
        rec("b-A1-1", "Kec. Awayan", 2023, "A", CROSS),
        rec("c-A1-1", "Kecamatan Awayan", 2024, "A", CROSS),
    )
    assert set(link_years(recs)["unit_kerja"]) == {"Kecamatan Awayan"}


def test_consecutive_years_are_the_next_year_present() -> None:
    gap = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("n-A1-1", "Kecamatan Juai", 2024, "A", CROSS),
    )
    out = link_years(gap)
    assert out[["tahun_prev", "tahun_next"]].values.tolist() == [[2022, 2024]]

    three = frame(
        rec("a-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("b-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
        rec("c-A1-1", "Kecamatan Juai", 2024, "A", CROSS),
    )
    assert pair_set(link_years(three)) == {("a-A1-1", "b-A1-1"), ("b-A1-1", "c-A1-1")}


def test_one_to_one() -> None:
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("p-A1-2", "Kecamatan Juai", 2022, "A", "Agar membuat diagram crosscutting."),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
    )
    out = link_years(recs)
    assert len(out) == 1
    assert out["recommendation_id_next"].tolist() == ["n-A1-1"]
    assert out["runner_up_score"].iloc[0] == 100.0  # the other earlier text is as good


def test_assignment_beats_greedy() -> None:
    # p1 is closest to n1, but p2 can only go to n1: the assignment pairs p1-n2, p2-n1.
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", "menyusun pohon kinerja sampai level seksi"),
        rec("p-A1-2", "Kecamatan Juai", 2022, "A", "menyusun pohon kinerja sampai level seksi ok"),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", "menyusun pohon kinerja sampai level seksi"),
        rec("n-A1-2", "Kecamatan Juai", 2023, "A", "menyusun pohon kinerja hingga level seksi"),
    )
    out = link_years(recs, LinkSettings(cutoff_match=80, cutoff_review=80))
    assert len(out) == 2
    assert out["recommendation_id_prev"].is_unique and out["recommendation_id_next"].is_unique


def test_komponen_move_is_still_matched() -> None:
    recs = frame(
        rec("p-B1-1", "Kecamatan Juai", 2022, "B", LKJIP),
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("n-C1-1", "Kecamatan Juai", 2023, "C", LKJIP.replace("mengenai", "tentang")),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
    )
    out = link_years(recs)
    assert pair_set(out, "match") == {("p-B1-1", "n-C1-1"), ("p-A1-1", "n-A1-1")}


def test_komponen_bonus_breaks_ties_and_is_in_the_score() -> None:
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", TL),
        rec("n-A1-1", "Kecamatan Juai", 2023, "D", TL),
        rec("n-D1-1", "Kecamatan Juai", 2023, "A", TL.replace("Sebelumnya", "Sebelumnya ")),
    )
    out = link_years(recs, LinkSettings(komponen_bonus=3))
    assert pair_set(out) == {("p-A1-1", "n-D1-1")}
    assert out["score"].iloc[0] == 100.0  # capped
    moved = link_years(recs.iloc[:2], LinkSettings(komponen_bonus=3, cutoff_match=99))
    assert moved["score"].iloc[0] == 100.0 and moved["decision"].iloc[0] == "match"


def test_review_band_and_below_review() -> None:
    a, b = "membuat diagram crosscutting kecamatan", "menyusun peta crosscutting kinerja"
    score = fuzz.token_sort_ratio(a, b)
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", a),
        rec("n-A1-1", "Kecamatan Juai", 2023, "B", b),
    )
    review = link_years(recs, LinkSettings(cutoff_match=score + 1, cutoff_review=score - 1))
    assert review["decision"].tolist() == ["review"]
    assert review["score"].iloc[0] == pytest.approx(score)
    match = link_years(recs, LinkSettings(cutoff_match=score, cutoff_review=score - 1))
    assert match["decision"].tolist() == ["match"]
    none = link_years(recs, LinkSettings(cutoff_match=score + 2, cutoff_review=score + 1))
    assert len(none) == 0


def test_audit_columns_and_runner_up() -> None:
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("p-A1-2", "Kecamatan Juai", 2022, "A", RENJA),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
        rec("n-A1-2", "Kecamatan Juai", 2023, "A", RENJA),
    )
    settings = LinkSettings(scorer="ratio", cutoff_match=90, cutoff_review=50, komponen_bonus=0)
    out = link_years(recs, settings)
    assert set(out["scorer"]) == {"ratio"}
    assert set(out["cutoff_match"]) == {90} and set(out["cutoff_review"]) == {50}
    expected = fuzz.ratio("membuat diagram crosscutting", "menambahkan informasi mengenai "
                          "langkah perbaikan terhadap kendala atas kinerja atau target yang "
                          "tidak tercapai pada tahun sebelumnya pada dokumen renja")  # fmt: skip
    assert out["runner_up_score"].tolist() == pytest.approx([expected, expected])
    single = link_years(recs.iloc[[0, 2]], settings)
    assert single["runner_up_score"].isna().all()  # no competitor at all


def test_margin_turns_ambiguous_matches_into_review() -> None:
    recs = frame(
        rec("p-A1-1", "Kecamatan Juai", 2022, "A", CROSS),
        rec("p-A1-2", "Kecamatan Juai", 2022, "A", CROSS + " kinerja"),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
    )
    assert link_years(recs)["decision"].tolist() == ["match"]
    assert link_years(recs, LinkSettings(margin=20))["decision"].tolist() == ["review"]


def test_rows_without_unit_year_or_text_are_skipped() -> None:
    recs = frame(
        rec("p-A1-1", None, 2022, "A", CROSS),
        rec("p-A1-2", "Kecamatan Juai", None, "A", CROSS),
        rec("p-A1-3", "Kecamatan Juai", 2022, None, None),
        rec("p-A1-4", "Kecamatan Juai", 2022, None, CROSS),
        rec("n-A1-1", "Kecamatan Juai", 2023, "A", CROSS),
    )
    assert pair_set(link_years(recs)) == {("p-A1-4", "n-A1-1")}


def test_deterministic_whatever_the_row_order() -> None:
    recs = frame(*[
        rec(f"{d}-A1-{i}", "Kecamatan Juai", year, "A", text)
        for d, year in (("p", 2022), ("n", 2023))
        for i, text in enumerate([CROSS, RENJA, LKJIP, TL, CROSS, TL + " dan lainnya"])
    ])  # fmt: skip
    first = link_years(recs)
    for seed in range(3):
        shuffled = recs.sample(frac=1, random_state=seed).reset_index(drop=True)
        pd.testing.assert_frame_equal(link_years(shuffled), first)


def test_chunked_scoring_equals_one_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    words = ["agar", "menyusun", "renja", "renstra", "kinerja", "lkjip", "iku", "data"]
    keys = [" ".join(rng.choice(words, size=6)) for _ in range(40)]
    komp = list(rng.choice(list("ABCD"), size=40))
    settings = LinkSettings(cutoff_review=40, cutoff_match=60)
    whole = scoring.score_block(keys[:20], keys[20:], komp[:20], komp[20:], settings, top_k=3)
    monkeypatch.setattr(scoring, "CHUNK_CELLS", 7)
    parts = scoring.score_block(keys[:20], keys[20:], komp[:20], komp[20:], settings, top_k=3)
    for name in ("rows", "cols", "scores", "row_best", "col_best"):
        np.testing.assert_array_equal(getattr(whole, name), getattr(parts, name))


def test_sparse_solver_reaches_the_optimum(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    weights = np.where(rng.random((30, 25)) < 0.3, rng.random((30, 25)) * 30, 0.0)
    rows, cols = np.nonzero(weights)
    w = weights[rows, cols]
    monkeypatch.setattr(assign, "DENSE_CELLS", 1)
    chosen = assign.one_to_one(rows, cols, w, 30, 25)
    assert len(set(rows[chosen])) == len(chosen) == len(set(cols[chosen]))
    r, c = linear_sum_assignment(weights, maximize=True)
    assert w[chosen].sum() == pytest.approx(weights[r, c].sum())
