"""URLs in the link column, rejoined where the cell wrapped them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.tautan import join_link_lines, urls_in
from normalize.teks import collapse_ws


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "https://",
                "drive.google.com/",
                "file/d/1Xc-",
                "wn3rU7dFA_tu623j",
                "view?usp=sharing",
            ],
            "https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jview?usp=sharing",
        ),
        # a break inside a plain word of the URL
        (
            ["https://drive.google.com/drive/folders/1-rXvQQbF4n", "Xw"],
            "https://drive.google.com/drive/folders/1-rXvQQbF4nXw",
        ),
        # two URLs, one under the other, stay two
        (["https://a.example/x", "https://b.example/y"], "https://a.example/x https://b.example/y"),
        # a label is not glued to a URL above it
        (
            ["https://a.example/x", "Notulen Rapat Pimpinan"],
            "https://a.example/x Notulen Rapat Pimpinan",
        ),
        (["Gambaran Crosscutting", "Kecamatan"], "Gambaran Crosscutting Kecamatan"),
        # a short link written without a scheme, wrapped right after its host (held-out 202)
        (["bit.ly/", "RenaksiBapenda-", "B14w1"], "bit.ly/RenaksiBapenda-B14w1"),
        (["s.id/", "RenaksiSetwan"], "s.id/RenaksiSetwan"),
        ([], ""),
    ],
)
def test_join_link_lines(lines: list[str], expected: str) -> None:
    assert join_link_lines(lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://drive.google.com/x/view?usp=sharing.",
            ["https://drive.google.com/x/view?usp=sharing"],
        ),
        ("lihat drive.google.com/file/d/abc", ["https://drive.google.com/file/d/abc"]),
        ("https://a.example/1 https://b.example/2", ["https://a.example/1", "https://b.example/2"]),
        ("Laporan TW III", []),
        (None, []),
    ],
)
def test_urls_in(text: str | None, expected: list[str]) -> None:
    assert urls_in(text) == expected


@given(st.lists(st.text(max_size=30), max_size=6))
def test_join_link_lines_never_raises_and_keeps_text(lines: list[str]) -> None:
    # nothing is lost or added but white space
    joined = join_link_lines(lines)
    assert joined.replace(" ", "") == "".join(collapse_ws(line).replace(" ", "") for line in lines)
