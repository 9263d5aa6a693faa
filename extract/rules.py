"""Ruling lines a page implies but does not draw.

A row split across pages is often drawn open: its column lines run to the bottom of
the page (or start at the top of the next) with no closing rule, and a lattice table
finder then drops the row. Where several column lines end (or start) at one height and
no horizontal rule lies there, the rule is implied; adding it closes the row.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.layout import Box

TOLERANCE = 2.0
MIN_COLUMN_LINES = 3


def _ends(verticals: Sequence[Box], attr: str) -> dict[float, list[Box]]:
    groups: dict[float, list[Box]] = {}
    for v in sorted(verticals, key=lambda v: getattr(v, attr)):
        y = getattr(v, attr)
        key = next((k for k in groups if abs(k - y) <= TOLERANCE), y)
        groups.setdefault(key, []).append(v)
    return groups


def _ruled_at(horizontals: Sequence[Box], y: float, x0: float, x1: float) -> bool:
    covered = [h for h in horizontals if abs(h.top - y) <= TOLERANCE and h.x0 <= x0 + TOLERANCE]
    return any(h.x1 >= x1 - TOLERANCE for h in covered)


def implied_rules(verticals: Sequence[Box], horizontals: Sequence[Box]) -> list[Box]:
    """Horizontal rules closing column lines that end or start together with no rule."""
    implied: list[Box] = []
    for attr in ("bottom", "top"):
        for y, group in _ends(verticals, attr).items():
            if len(group) < MIN_COLUMN_LINES:
                continue
            x0 = min(v.x0 for v in group)
            x1 = max(v.x1 for v in group)
            if not _ruled_at(horizontals, y, x0, x1):
                implied.append(Box(x0, y, x1, y))
    return implied
