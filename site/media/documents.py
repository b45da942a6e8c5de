"""Reading what a document file is: its type, size, page count and text."""

import io
import logging
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from xml.etree import ElementTree

from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

FILE_TYPE_LABELS = {
    "pdf": "PDF",
    "docx": "Word",
    "odt": _("OpenDocument text"),
    "xlsx": "Excel",
    "ods": _("OpenDocument spreadsheet"),
    "pptx": "PowerPoint",
    "odp": _("OpenDocument presentation"),
    "csv": "CSV",
    "txt": _("Text"),
}
MAX_TEXT_CHARS = 500_000  # enough for search; keeps huge reports from bloating the index
MAX_PDF_PAGES_FOR_TEXT = 400


@dataclass(frozen=True)
class DocumentInfo:
    file_type: str
    size_bytes: int
    page_count: int | None
    text: str


class UnreadableDocument(ValueError):
    pass


def extension_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower().lstrip(".")


def inspect_document(file) -> DocumentInfo:
    """Derive metadata from an uploaded or stored file. Never trusts a typed value."""
    name = getattr(file, "name", "") or ""
    ext = extension_of(name)
    file.open("rb")
    try:
        file.seek(0)
        data = file.read()
    finally:
        file.seek(0)
    pages, text = None, ""
    try:
        if ext == "pdf":
            pages, text = _read_pdf(data)
        elif ext in {"docx", "pptx", "xlsx", "odt", "odp", "ods"}:
            pages, text = _read_office(data, ext)
        elif ext in {"txt", "csv"}:
            text = data.decode("utf-8", errors="replace")
    except UnreadableDocument:
        raise
    except Exception:  # a damaged file keeps its type and size; text stays empty
        logger.warning("Could not read text from %s", name, exc_info=True)
    return DocumentInfo(
        file_type=ext,
        size_bytes=len(data),
        page_count=pages,
        text=text[:MAX_TEXT_CHARS],
    )


def check_pdf(data: bytes) -> None:
    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument(_("This file is named .pdf but is not a PDF file."))


def _read_pdf(data: bytes) -> tuple[int | None, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_pdf(data)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None, ""
        pages = len(reader.pages)
    except PdfReadError as exc:
        raise UnreadableDocument(_("This PDF file is damaged and cannot be read.")) from exc
    texts = []
    for page in reader.pages[:MAX_PDF_PAGES_FOR_TEXT]:
        texts.append(page.extract_text() or "")
    return pages, "\n".join(texts)


def _read_office(data: bytes, ext: str) -> tuple[int | None, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if ext in {"odt", "odp", "ods"}:
            parts = ["content.xml"]
        elif ext == "docx":
            parts = ["word/document.xml"]
        elif ext == "pptx":
            parts = sorted(n for n in names if n.startswith("ppt/slides/slide"))
        else:
            parts = ["xl/sharedStrings.xml"]
        texts = []
        for part in parts:
            if part in names:
                root = ElementTree.fromstring(archive.read(part))  # noqa: S314 (zip from an editor)
                texts.append(" ".join(t for t in root.itertext() if t.strip()))
        pages = len(parts) if ext == "pptx" else None
    return pages, "\n".join(texts)


def file_type_label(ext: str) -> str:
    """The type's name in the active language, e.g. "Word" or "Text"."""
    return str(FILE_TYPE_LABELS.get(ext, ext.upper()))
