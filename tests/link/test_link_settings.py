"""LinkSettings: defaults, validation with messages that name the conflict, resolution."""

from __future__ import annotations

import dataclasses

import pytest
from link_fixtures import frame, rec

from link import SCORERS, LinkSettings, link_years


def test_defaults_are_the_measured_ones() -> None:
    s = LinkSettings()
    assert (s.scorer, s.cutoff_match, s.cutoff_review, s.komponen_bonus) == (
        "token_sort_ratio",
        77.0,
        66.0,
        3.0,
    )
    assert s.workers == -1


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        LinkSettings().cutoff_match = 50  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"scorer": "levenshtein"}, "scorer 'levenshtein' is not one of"),
        ({"cutoff_match": 60, "cutoff_review": 70}, "cutoff_review=70"),
        ({"cutoff_match": 101}, "cutoff_match=101"),
        ({"cutoff_review": -1}, "cutoff_review=-1"),
        ({"komponen_bonus": -3}, "komponen_bonus"),
        ({"cutoff_group": 0}, "cutoff_group"),
        ({"margin": 200}, "margin"),
        ({"workers": 0}, "workers"),
    ],
)
def test_invalid_settings_name_the_conflict(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        LinkSettings(**kwargs)


def test_resolve() -> None:
    assert LinkSettings.resolve(None) == LinkSettings()
    s = LinkSettings(scorer="ratio")
    assert LinkSettings.resolve(s) is s
    assert LinkSettings.resolve({"scorer": "WRatio", "cutoff_match": 90}).scorer == "WRatio"
    with pytest.raises(ValueError, match="unknown link setting"):
        LinkSettings.resolve({"treshold": 80})
    assert LinkSettings.resolve(s.to_dict()) == s


@pytest.mark.parametrize("scorer", sorted(SCORERS))
def test_every_scorer_links(scorer: str) -> None:
    recs = frame(
        rec("a-A1-1", "Kecamatan Juai", 2022, "A", "Agar Membuat diagram Crosscutting"),
        rec("b-A1-1", "Kecamatan Juai", 2023, "A", "Membuat diagram Crosscutting"),
    )
    matches = link_years(recs, LinkSettings(scorer=scorer))
    assert matches["scorer"].tolist() == [scorer]
    assert matches["decision"].tolist() == ["match"]
    assert matches["score"].iloc[0] == 100.0
