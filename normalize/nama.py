"""A person's name with academic degrees, as OCR's punctuation slips leave it.

``RAHMAT HIDAYAT, S,STP... M.Si`` is ``RAHMAT HIDAYAT, S.STP., M.Si``: a degree's dot read
as a comma (``S,STP``), the comma after a degree read as a dot (``S.STP..``), and the comma
between the name and its first degree read as a dot (``BUDIMAN. S.E.``). Only these
shapes are touched; a name as typed (``H. MUHAMMAD``, ``MUH. RIZKY``) passes unchanged.
"""

from __future__ import annotations

import re
from typing import Final

from normalize.teks import collapse_ws

# "S,STP" / "S,AP": a one-letter degree part, a comma, the rest in capitals
_DEGREE_COMMA: Final = re.compile(r"\b([A-Z]),([A-Z][A-Za-z]{1,3})\b")
# "S.STP.. M.Si" / "S.STP... M.Si": the dot that ends a degree and the comma after it
_DOTS: Final = re.compile(r"(?<=[A-Za-z])\.{2,}(?=\s)")
# "BUDIMAN. S.E." / "FAHRIANSYAH. M.AP": a surname (3+ capitals), a dot, then a degree
# (capital, at most two more letters, a dot, a letter): the comma before the degrees
_NAME_DOT: Final = re.compile(r"\b([A-Z]{3,})\.\s+(?=[A-Z][A-Za-z]{0,2}\.[A-Za-z])")


def rapikan_nama(text: str | None) -> str | None:
    """``text`` with the punctuation slips of the module docstring put right."""
    if not text:
        return text
    s = _DEGREE_COMMA.sub(r"\1.\2", collapse_ws(text))
    s = _DOTS.sub(".,", s)
    return _NAME_DOT.sub(r"\1, ", s)
