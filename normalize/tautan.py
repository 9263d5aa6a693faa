"""The link column: URLs written in a cell, rejoined where the cell wrapped them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from normalize.teks import collapse_ws

# what a URL written out starts with: a scheme, "www.", or a host written without a scheme
# (Drive links, and the shorteners units use: bit.ly, s.id)
_STARTS = r"(?:https?://|www\.|drive\.google\.com/|bit\.ly/|s\.id/)"
URL = re.compile(rf"{_STARTS}\S+", re.IGNORECASE)
_URL_START = re.compile(rf"^{_STARTS}", re.IGNORECASE)


def _is_url(token: str) -> bool:
    # "https://" or "bit.ly/" alone is a URL the wrap cut right after its start
    return bool(URL.match(token) or _URL_START.match(token))


def _starts_new(previous: str, token: str) -> bool:
    """Whether ``token`` begins a URL of its own rather than continuing ``previous``: it
    starts like a URL, and ``previous`` is more than a bare scheme ("https://" then
    "drive.google.com/" is one URL cut after its scheme)."""
    return bool(_URL_START.match(token)) and not previous.endswith("://")


def join_link_lines(lines: Sequence[str]) -> str:
    """Cell lines joined, with a URL broken over lines put back together.

    A narrow link column wraps a long URL anywhere, even inside a word; a line that is a
    single token (no space) right after a line ending in a URL continues that URL, unless
    it starts a new one.
    """
    tokens: list[str] = []
    previous_ended_in_url = False
    for line in lines:
        words = collapse_ws(line).split(" ") if line.strip() else []
        if not words:
            continue
        if previous_ended_in_url and len(words) == 1 and not _starts_new(tokens[-1], words[0]):
            tokens[-1] += words[0]
        else:
            tokens.extend(words)
        previous_ended_in_url = _is_url(tokens[-1])
    return " ".join(tokens)


def urls_in(text: str | None) -> list[str]:
    """Every URL written in ``text``, with a scheme (``https://`` added where missing)."""
    found = []
    for match in URL.finditer(text or ""):
        url = match.group(0).rstrip(".,;)")
        found.append(url if "://" in url else "https://" + url)
    return found
