"""One loader per format, each returning the same `Page` records. Errors name the file."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from ingest.errors import IngestError
from ingest.records import Page

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def load_text(path: Path) -> list[Page]:
    """A .txt or .md file: UTF-8, else Windows-1252 (common in council exports), else Latin-1."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise IngestError(path, "looks like a binary file, not text - export it as .txt, .pdf or .docx")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return [Page(None, data.decode(encoding))]
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def load_pdf(path: Path) -> list[Page]:
    """A PDF, page by page with page numbers. Encrypted, scanned and damaged files are refused."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except DependencyError as exc:
                raise IngestError(path, f"is encrypted and needs a crypto library ({exc})") from exc
            if not ok:
                raise IngestError(
                    path,
                    "is protected by a password - save an unprotected copy (e.g. print it to PDF) and add that instead",
                )
        pages = [Page(i, page.extract_text() or "") for i, page in enumerate(reader.pages, 1)]
        image_pages = sum(1 for page in reader.pages if _has_images(page))
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError(path, "is protected by a password - save an unprotected copy and add that instead") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise IngestError(
            path, f"is not a readable PDF (damaged, truncated or not a PDF: {type(exc).__name__}: {_short(exc)})"
        ) from exc
    if not pages:
        raise IngestError(path, "is a PDF with no pages")
    if not any(p.text.strip() for p in pages):
        if image_pages:
            raise IngestError(
                path, f"no text layer on any of its {len(pages)} page(s) (a scanned document?) - run OCR on it first"
            )
        raise IngestError(path, f"has no text on any of its {len(pages)} page(s)")
    return pages


def _has_images(page: object) -> bool:
    try:
        return bool(page.images)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - an unreadable image list just means "unknown"
        return False


def load_docx(path: Path) -> list[Page]:
    """A Word document: paragraphs in order (headings marked with '#', list items with '- ')
    and table rows as tab-separated lines. Page headers/footers live outside the body."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(
            path, f"is not a readable Word (.docx) document ({_short(exc)}) - re-save it from Word as .docx"
        ) from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = docx.text.paragraph.Paragraph(child, document)
            text = para.text.strip()
            style = (para.style.name if para.style is not None else "") or ""
            if not text:
                lines.append("")
            elif style.lower().startswith("title"):
                lines += ["", f"# {text}", ""]
            elif style.lower().startswith("heading"):
                lines += ["", f"## {text}", ""]
            elif "list" in style.lower():
                lines.append(f"- {text}")
            else:
                lines += [text, ""]
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                lines.append("\t".join(cell.text.strip() for cell in row.cells))
            lines.append("")
    return [Page(None, "\n".join(lines))]


LOADERS: dict[str, Callable[[Path], list[Page]]] = {
    ".txt": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


def load_pages(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Page]:
    """Read any supported file into pages, or raise `IngestError` naming the file and cause."""
    path = Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        kinds = ", ".join(sorted(LOADERS))
        raise IngestError(path, f"unsupported file type {path.suffix or '(none)'!r} - supported: {kinds}")
    if not path.exists():
        raise IngestError(path, "no such file")
    if path.is_dir():
        raise IngestError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "is empty (0 bytes)")
    if size > max_bytes:
        raise IngestError(
            path,
            f"is {size / 2**20:.0f} MB, over the {max_bytes / 2**20:.0f} MB "
            "limit (raise PROTOCOLS_MAX_FILE_MB if it really is a protocol)",
        )
    pages = loader(path)
    if not any(p.text.strip() for p in pages):
        raise IngestError(path, "contains no text")
    return pages


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
