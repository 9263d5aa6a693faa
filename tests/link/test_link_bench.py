"""The link bench runs (small n here; `python -m bench.link_bench` runs 10,000 x 10,000)."""

from __future__ import annotations

import json

from bench import link_bench


def test_make_case_shapes() -> None:
    recs, truth = link_bench.make_case(200, 10)
    assert len(recs) == 400
    assert recs["unit_kerja"].nunique() == 10
    assert recs["recommendation_id"].is_unique
    assert 0.5 * 200 < len(truth) < 0.9 * 200


def test_run_small() -> None:
    report = link_bench.run(n=400)
    json.dumps(report)  # the bench report is JSON
    for case in ("one_block", "many_units"):
        assert report[case]["prev_x_next"] == "400 x 400"
        assert report[case]["link_years_seconds"] >= 0
        assert report[case]["recall"] > 0.9
    assert report["many_units"]["units"] == 20
    assert report["peak_rss_mb"] > 0
