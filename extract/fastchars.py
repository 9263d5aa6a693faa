"""A leaner per-character step for pdfplumber's page parsing.

pdfplumber turns every pdfminer character into a dict of about twenty attributes,
resolving each one (colours, colour spaces, graphic state); on these text-heavy tables
that is half of the parse time. The pipeline reads only a character's text, box,
orientation and font, so characters get exactly pdfplumber's values for those keys and
every other object (lines, rects, images, annotations) goes through pdfplumber's own
``process_object``. ``tests/extract/test_fastchars.py`` checks that words and tables come
out identical to pdfplumber's on every sample page.
"""

from __future__ import annotations

import types
from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar, LTItem
from pdfplumber.page import Page


def _lean_process_object(page: Page, obj: LTItem) -> dict[str, Any]:
    if not isinstance(obj, LTChar):
        return Page.process_object(page, obj)
    mb_x0, mb_top = page.mediabox[:2]
    text = obj.get_text()
    if page.pdf.unicode_norm is not None:
        text = normalize(page.pdf.unicode_norm, text)
    top = (page.height - obj.y1) + mb_top
    fontname = obj.fontname
    if isinstance(fontname, bytes):  # pragma: no cover - rare byte-encoded font names
        fontname = fontname.decode("latin-1")
    return {
        "object_type": "char",
        "page_number": page.page_number,
        "text": text,
        "fontname": fontname,
        "size": obj.size,
        "adv": obj.adv,
        "upright": obj.upright,
        "matrix": obj.matrix,
        "width": obj.width,
        "height": obj.height,
        "x0": obj.x0 + mb_x0,
        "x1": obj.x1 + mb_x0,
        "y0": obj.y0,
        "y1": obj.y1,
        "top": top,
        "bottom": (page.height - obj.y0) + mb_top,
        "doctop": page.initial_doctop + top,
    }


def use_lean_chars(page: Page) -> Page:
    """Make ``page`` parse characters the lean way (before its objects are first read)."""
    page.process_object = types.MethodType(_lean_process_object, page)  # type: ignore[method-assign]
    return page
