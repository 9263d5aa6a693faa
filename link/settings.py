"""How recommendations are compared and decided: one frozen settings object.

The defaults were chosen by measurement on labelled linking data
(``samples/linking/measure_scorers.py``; checked by ``tests/link/test_link_quality.py``;
the numbers are in the docstring of ``link``): change them only with a new measurement.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from rapidfuzz import fuzz

__all__ = ["SCORERS", "LinkSettings"]

# The rapidfuzz scorers a person may choose by name (all return 0-100 similarities).
SCORERS: dict[str, Callable[..., float]] = {
    "ratio": fuzz.ratio,
    "QRatio": fuzz.QRatio,
    "WRatio": fuzz.WRatio,
    "partial_ratio": fuzz.partial_ratio,
    "token_sort_ratio": fuzz.token_sort_ratio,
    "token_set_ratio": fuzz.token_set_ratio,
    "token_ratio": fuzz.token_ratio,
    "partial_token_sort_ratio": fuzz.partial_token_sort_ratio,
    "partial_token_set_ratio": fuzz.partial_token_set_ratio,
    "partial_token_ratio": fuzz.partial_token_ratio,
}


@dataclass(frozen=True)
class LinkSettings:
    """Scorer, thresholds and resources of the linker.

    - ``scorer``: a rapidfuzz scorer by name (``SCORERS``), applied to normalised texts.
    - ``cutoff_match``: a pair scoring at least this is the same recommendation (``match``).
    - ``cutoff_review``: a pair scoring at least this (and less than ``cutoff_match``) is
      plausible and goes to a person (``review``); below it nothing is emitted.
    - ``komponen_bonus``: added to the text score when both recommendations sit under the
      same komponen. Komponen is a feature, not a block: a recommendation moved to
      another komponen is still found on its text alone. The decided ``score`` includes
      the bonus (capped at 100).
    - ``cutoff_group``: two different texts under the same komponen, in any units or years,
      belong to one group when their text score is at least this. Stricter than
      ``cutoff_match``: no one-to-one pairing restrains it, and a loose cutoff chains
      neighbouring boilerplate into giant groups.
    - ``margin``: a would-be ``match`` whose runner-up (the best competing score of either
      side) is within this margin is ambiguous and decided ``review``.
    - ``workers``: threads for ``rapidfuzz.process.cdist`` (-1 = all cores).
    """

    scorer: str = "token_sort_ratio"
    cutoff_match: float = 77.0
    cutoff_review: float = 66.0
    komponen_bonus: float = 3.0
    cutoff_group: float = 90.0
    margin: float = 0.0
    workers: int = -1

    def __post_init__(self) -> None:
        if self.scorer not in SCORERS:
            names = ", ".join(sorted(SCORERS))
            raise ValueError(f"scorer {self.scorer!r} is not one of: {names}")
        if not 0 <= self.cutoff_review <= self.cutoff_match <= 100:
            raise ValueError(
                "cutoffs must satisfy 0 <= cutoff_review <= cutoff_match <= 100, got "
                f"cutoff_review={self.cutoff_review}, cutoff_match={self.cutoff_match}"
            )
        if not 0 < self.cutoff_group <= 100:
            raise ValueError(f"cutoff_group must be within (0, 100], got {self.cutoff_group}")
        if not 0 <= self.komponen_bonus <= 100:
            raise ValueError(f"komponen_bonus must be within 0-100, got {self.komponen_bonus}")
        if not 0 <= self.margin <= 100:
            raise ValueError(f"margin must be within 0-100, got {self.margin}")
        if self.workers == 0 or self.workers < -1:
            raise ValueError(f"workers must be -1 (all cores) or >= 1, got {self.workers}")

    @property
    def scorer_function(self) -> Callable[..., float]:
        return SCORERS[self.scorer]

    @classmethod
    def resolve(cls, value: LinkSettings | Mapping[str, Any] | None = None) -> LinkSettings:
        """Settings from ``None`` (the defaults), a mapping of field names, or settings."""
        if value is None:
            return cls()
        if isinstance(value, LinkSettings):
            return value
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(
                f"unknown link setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return cls(**dict(value))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
