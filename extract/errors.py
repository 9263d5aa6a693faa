"""Why a file could not be read, as a value the pipeline reports (never a crash)."""

from __future__ import annotations


class UnreadablePdf(Exception):  # noqa: N818 - named for what the file is
    """The file is not a PDF we can open; the message is the reason shown to the user."""


def check_pdf_bytes(data: bytes) -> None:
    """Cheap checks before handing the bytes to a PDF parser."""
    if not data:
        raise UnreadablePdf("berkas kosong (0 byte)")
    if b"%PDF-" not in data[:1024]:
        raise UnreadablePdf("bukan berkas PDF (tanda %PDF- tidak ada di awal berkas)")
