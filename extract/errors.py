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


ENCRYPTED = "PDF terenkripsi: kata sandi diperlukan"


def _wrapped(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``exc`` was caused by a ``kind`` (pdfplumber wraps what pdfminer raises, the
    original as its argument)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            return True
        todo += [a for a in current.args if isinstance(a, BaseException)]
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return False


def unreadable_reason(exc: UnreadablePdf) -> str:
    """The reason to show; a password error wrapped by pdfplumber is still a password error
    (pdfplumber opens with the empty password first, so this one needs a real one). Running
    out of memory is no reason about the file: it is raised again, for the runner."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if _wrapped(exc, MemoryError):
        raise MemoryError(str(exc)) from exc
    if _wrapped(exc, PDFPasswordIncorrect):
        return ENCRYPTED
    return str(exc)


def count_pages(path: str) -> int | None:
    """The page count as pdfium reads it (fast, no layout), or None when it cannot."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except Exception:
        return None
    try:
        return len(pdf)
    finally:
        pdf.close()
