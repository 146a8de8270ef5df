"""Hostile and broken files: each ends as one line naming the file and the cause, in bounded
time and memory, whatever library was reading it."""

import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ingest.document import expand_paths, parse_document
from ingest.errors import IngestError
from ingest.limits import IngestLimits
from ingest.loaders import LOADERS
from tests.documents import protocol_pdf

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL = (
    "Member/Officer Protocol\n\n"
    "1.1 Councillors and officers should treat one another with courtesy and respect.\n\n"
    "1.2 Requests for information go to the Clerk, who will reply within ten working days.\n"
)


def refusal(path: Path, limits: IngestLimits | None = None, **kw) -> str:
    """The message of the IngestError that parsing `path` raises: checked to be one line
    that starts with the file's name."""
    with pytest.raises(IngestError) as err:
        parse_document(path, limits, **kw)
    message = str(err.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}: ")
    return message


def deep_page_tree_pdf(depth: int) -> bytes:
    """A PDF whose /Pages tree nests `depth` levels before its one page, written by hand."""
    bodies = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = f" /Parent {number - 1} 0 R" if level else ""
        bodies.append(f"<< /Type /Pages /Kids [{number + 1} 0 R] /Count 1{parent} >>".encode())
    bodies.append(f"<< /Type /Page /Parent {depth + 1} 0 R /MediaBox [0 0 612 792] >>".encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(bodies) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(bodies) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
    b'document.main+xml"/></Types>'
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>1.1 Councillors and officers work together.</w:t>'
    b"</w:r></w:p>"
)
DOC_TAIL = b"</w:body></w:document>"


def write_docx(path: Path, body_chunks, level: int = 6, zip64: bool = True) -> Path:
    """A minimal .docx whose document.xml is DOC_HEAD + the chunks + DOC_TAIL, written as a
    stream so that a huge document.xml never sits in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        with z.open("word/document.xml", "w", force_zip64=zip64) as f:
            f.write(DOC_HEAD)
            for chunk in body_chunks:
                f.write(chunk)
            f.write(DOC_TAIL)
    return path


@pytest.mark.timeout(60)
def test_pdf_with_a_page_tree_5000_levels_deep(tmp_path):
    path = tmp_path / "deep.pdf"
    path.write_bytes(deep_page_tree_pdf(5000))
    message = refusal(path)
    assert "page tree depth" in message  # pypdf's LimitReachedError, named, not a traceback


@pytest.mark.timeout(60)
def test_docx_whose_xml_is_malformed(tmp_path):
    path = write_docx(tmp_path / "malformed.docx", [b"<w:p><w:r><w:t>1.2 Unclosed</w:r></w:p>"])
    message = refusal(path)
    assert "is not a readable Word (.docx) document (XMLSyntaxError:" in message
    assert message.endswith("re-save it from Word as .docx")


@pytest.mark.timeout(60)
def test_docx_zip_bomb_is_refused_from_the_zip_directory(tmp_path):
    # 8 MB of spaces against a 4 MB limit keeps the test light; the default is 100 MB.
    path = write_docx(tmp_path / "bomb.docx", [b" " * 2**20] * 8)
    assert path.stat().st_size < 100_000
    limits = IngestLimits(max_uncompressed_bytes=4 * 2**20)
    message = refusal(path, limits)
    assert "unzips to 8 MB, over the 4 MB limit for a Word document (a zip bomb?)" in message
    assert "PROTOCOLS_MAX_UNCOMPRESSED_MB" in message


@pytest.mark.timeout(60)
def test_docx_zip_bomb_of_one_gib_with_default_limits(tmp_path):
    path = write_docx(tmp_path / "gib.docx", [b" " * 2**20] * 1024, level=1)  # ~5 MB on disk
    started = time.monotonic()
    message = refusal(path)
    assert time.monotonic() - started < 1
    assert "unzips to 1,024 MB, over the 100 MB limit" in message


@pytest.mark.timeout(60)
def test_docx_zip_of_too_many_parts_is_refused_before_listing_them(tmp_path):
    path = write_docx(tmp_path / "parts.docx", [])
    with zipfile.ZipFile(path, "a") as z:
        for i in range(2000):
            z.writestr(f"word/media/{i}.bin", b"")
    message = refusal(path, IngestLimits(max_zip_members=1000))
    assert "is a zip of 2,003 parts, over the 1,000-part limit for a Word document (a zip bomb?)" in message


@pytest.mark.timeout(60)
def test_docx_whose_zip_directory_understates_a_part(tmp_path):
    """A bomb that lies about its size: zipfile inflates no more than the declared size."""
    path = write_docx(tmp_path / "liar.docx", [b"<w:p/>" * 500_000], zip64=False)
    real = zipfile.ZipFile(path).getinfo("word/document.xml").file_size.to_bytes(4, "little")
    data = path.read_bytes()
    assert data.count(real) == 2  # in the local header and in the directory
    path.write_bytes(data.replace(real, (1000).to_bytes(4, "little")))
    message = refusal(path)
    assert "is not a readable Word (.docx) document" in message or "could not be read" in message


@pytest.mark.timeout(60)
def test_docx_with_a_million_empty_paragraphs(tmp_path):
    path = write_docx(tmp_path / "million.docx", [b"<w:p/>" * 10_000] * 100)
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    message = refusal(path)
    assert time.monotonic() - started < 20
    assert "has over 50,000 paragraphs, the limit (raise PROTOCOLS_MAX_PARAGRAPHS" in message


@pytest.mark.timeout(60)
def test_symlink_loops_in_a_folder_are_named_not_followed(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    good = folder / "sub" / "good.txt"
    good.write_text(PROTOCOL)
    (folder / "sub" / "up").symlink_to("..")  # a folder loop: never followed
    (folder / "self.txt").symlink_to("self.txt")  # a file that points at itself
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    found = expand_paths([folder])
    assert found == sorted([folder / "a.txt", folder / "b.txt", folder / "self.txt", good])
    assert parse_document(good).clauses
    message = refusal(folder / "self.txt")
    assert message.endswith("is a symbolic link that loops back on itself - fix or remove the link")
    # Named directly, a looping link is kept (to be reported), not a crash.
    assert expand_paths([folder / "self.txt", folder / "a.txt"]) == [folder / "self.txt", folder / "a.txt"]


@pytest.mark.timeout(60)
def test_random_bytes_without_nuls_are_not_language(tmp_path):
    path = tmp_path / "random.txt"
    path.write_bytes(bytes(b for b in os.urandom(20_000) if b))
    assert refusal(path).endswith("does not look like text in a human language (random or binary data?)")


@pytest.mark.timeout(60)
def test_nuls_in_the_middle_of_good_text_are_dropped(tmp_path):
    path = tmp_path / "nuls.txt"
    head, tail = PROTOCOL.encode().split(b"courtesy")
    path.write_bytes(head + b"court\x00\x00esy" + tail.replace(b"Clerk", b"Cl\x00erk"))
    doc = parse_document(path)
    by_label = {c.label: c for c in doc.clauses}
    assert by_label["1.1"].text == "Councillors and officers should treat one another with courtesy and respect."
    assert by_label["1.2"].text.startswith("Requests for information go to the Clerk,")
    assert "\x00" not in doc.text and all("\x00" not in c.text for c in doc.clauses)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8-sig"])
def test_text_with_a_byte_order_mark(tmp_path, encoding):
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}
    path = tmp_path / f"{encoding}.txt"
    text = bom.get(encoding, "") + PROTOCOL.replace("\n", "\r\n") + "1.3 Caf\u00e9 \u2013 \u00a35.\r\n"
    path.write_bytes(text.encode(encoding))
    doc = parse_document(path)
    by_label = {c.label: c for c in doc.clauses}
    assert by_label["1.1"].text == "Councillors and officers should treat one another with courtesy and respect."
    assert by_label["1.3"].text == "Caf\u00e9 \u2013 \u00a35."
    assert doc.meta.title == "Member/Officer Protocol"


@pytest.mark.timeout(60)
def test_utf16_without_a_bom_is_recognised(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes(PROTOCOL.encode("utf-16-le"))
    assert {c.label for c in parse_document(path).clauses} >= {"1.1", "1.2"}


@pytest.mark.timeout(60)
def test_file_name_with_a_newline_stays_one_line(tmp_path):
    path = tmp_path / "bad\nname\x1b[31m.txt"
    path.write_bytes(bytes(b for b in os.urandom(4000) if b))
    with pytest.raises(IngestError) as err:
        parse_document(path)
    message = str(err.value)
    assert "\n" not in message and "\x1b" not in message
    assert message.startswith(str(tmp_path) + "/bad\\nname\\x1b[31m.txt: does not look like text")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("value", ["2024-13-45", "2024-02-30", "2024", "soon"])
def test_sidecar_with_an_invalid_date_is_refused_naming_the_sidecar(tmp_path, value):
    path = tmp_path / "x.txt"
    path.write_text(PROTOCOL)
    sidecar = tmp_path / "x.toml"
    sidecar.write_text(f'council = "Exton Parish Council"\nadopted = "{value}"\n')
    with pytest.raises(IngestError) as err:
        parse_document(path)
    assert str(err.value) == f"{sidecar}: adopted = '{value}' is not a date (use YYYY-MM-DD or YYYY-MM)"


@pytest.mark.timeout(60)
def test_sidecar_with_an_unknown_field_is_refused_naming_the_sidecar(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(PROTOCOL)
    sidecar = tmp_path / "x.toml"
    sidecar.write_text('council = "Exton Parish Council"\nadoption_date = "2024-01-31"\n')
    with pytest.raises(IngestError) as err:
        parse_document(path)
    assert str(err.value) == (
        f"{sidecar}: unknown metadata field(s) adoption_date; "
        "allowed: council, title, document_type, adopted, last_reviewed, next_review"
    )


@pytest.mark.timeout(60)
def test_any_library_error_becomes_one_line(tmp_path, monkeypatch):
    path = tmp_path / "x.txt"
    path.write_text(PROTOCOL)

    def explode(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded\nwhile calling a Python object")

    monkeypatch.setitem(LOADERS, ".txt", explode)
    assert refusal(path) == f"{path}: could not be read (RecursionError: maximum recursion depth exceeded)"
    monkeypatch.setitem(LOADERS, ".txt", lambda *a, **k: (_ for _ in ()).throw(MemoryError()))
    assert refusal(path) == f"{path}: could not be read (MemoryError: MemoryError)"


@pytest.mark.timeout(60)
def test_library_warnings_are_kept_off_stderr_unless_debugging(tmp_path, capfd, caplog, monkeypatch):
    full = protocol_pdf(tmp_path / "full.pdf").read_bytes()
    path = tmp_path / "badxref.pdf"
    path.write_bytes(re.sub(rb"startxref\s+\d+", b"startxref\n999", full))  # pypdf recovers, with warnings
    doc = parse_document(path)
    assert "2.2" in {c.label for c in doc.clauses}
    assert any("startxref" in w for w in doc.library_warnings)
    assert capfd.readouterr().err == ""
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # nothing reached the root logger
    monkeypatch.setenv("PROTOCOLS_DEBUG", "1")
    parse_document(path)
    assert any("startxref" in r.getMessage() for r in caplog.records if r.name.startswith("pypdf"))


@pytest.mark.timeout(60)
def test_limits_on_pages_time_and_characters_name_their_setting(tmp_path):
    pdf = protocol_pdf(tmp_path / "three.pdf")
    assert refusal(pdf, IngestLimits(max_pages=2)) == (
        f"{pdf}: has 3 pages, over the 2-page limit (raise PROTOCOLS_MAX_PAGES if it really is a protocol)"
    )
    assert "took longer than the 0 s limit (raise PROTOCOLS_MAX_SECONDS" in refusal(pdf, IngestLimits(max_seconds=0))
    txt = tmp_path / "long.txt"
    txt.write_text(PROTOCOL * 20)
    assert "over 1,000 characters of text, the limit (raise PROTOCOLS_MAX_TEXT_CHARS" in refusal(
        txt, IngestLimits(max_text_chars=1000)
    )
    # max_bytes, as older callers pass it, still wins over the limits' file size.
    assert "over the 1 KB limit (raise PROTOCOLS_MAX_FILE_MB" in refusal(txt, IngestLimits(), max_bytes=1024)


_RSS_PROBE = """
import resource, sys
from ingest.limits import IngestLimits
from ingest.loaders import load_pages
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
limits = IngestLimits(max_file_bytes=2**30, max_text_chars=10**9, max_paragraphs=10**9)
pages = load_pages(sys.argv[1], limits if sys.argv[2] == "raised" else None)
print(len(pages[0].text), (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


@pytest.mark.timeout(120)
def test_49_mb_text_file_is_refused_at_once_and_read_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    chunk = (ROOT / "corpus" / "battle-town-council.txt").read_bytes()
    with path.open("wb") as f:
        for _ in range(49 * 2**20 // len(chunk)):
            f.write(chunk)
    message = refusal(path)
    assert "over the 5,000,000-character limit (raise PROTOCOLS_MAX_TEXT_CHARS" in message
    # With the limits raised it is read in chunks: about two copies of the text at the peak.
    probe = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, str(path), "raised"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    chars, grown_mb = map(int, probe.stdout.split())
    assert chars > 45 * 2**20
    assert grown_mb < 160, f"peak RSS grew by {grown_mb} MB reading a 49 MB file"
