"""Real PDF and DOCX files written by libraries in the test, and every kind of bad input."""

import base64
import codecs
import os

import pytest

from ingest.document import parse_document
from ingest.errors import IngestError
from ingest.loaders import LOADERS, load_pages, looks_like_language, sniff_encoding
from tests.conftest import CORPUS
from tests.documents import bold_headed_docx, image_only_pdf, numbered_protocol_docx, protocol_docx, protocol_pdf


def test_multi_page_pdf_parses_with_pages_and_without_headers(tmp_path):
    doc = parse_document(protocol_pdf(tmp_path / "testbury.pdf"))
    by_label = {c.label: c for c in doc.clauses}
    assert {"1.1", "1.2", "2.1", "2.2", "3.1"} <= set(by_label)
    assert doc.meta.council == "Testbury Parish Council"
    assert doc.pages == 3
    for clause in doc.clauses:
        assert "Testbury Parish Council - Member" not in clause.text
    # 3.1 straddles the page break: it comes back whole, starting on page 1.
    assert by_label["3.1"].text == (
        "A councillor unhappy with the conduct of an officer should raise the matter with the "
        "Chairman, who will seek to resolve it informally before any formal procedure is "
        "considered by the council's staffing committee."
    )
    assert by_label["3.1"].page == 1
    assert by_label["2.1"].heading == "2. Party Groups"
    assert doc.meta.adopted == "2023-03-03" and doc.meta.next_review == "2026-03"
    assert all(not c.text.strip().isdigit() for c in doc.clauses)


def test_pdf_encrypted_with_empty_password_just_works(tmp_path):
    path = protocol_pdf(tmp_path / "open.pdf", owner_password="owner", user_password="")
    doc = parse_document(path)
    assert "2.2" in {c.label for c in doc.clauses}


def test_pdf_with_a_password_is_refused_with_the_fix(tmp_path):
    path = protocol_pdf(tmp_path / "locked.pdf", owner_password="o", user_password="secret")
    with pytest.raises(IngestError) as err:
        parse_document(path)
    assert str(err.value).startswith(f"{path}: is protected by a password")


def test_image_only_pdf_says_run_ocr(tmp_path):
    path = image_only_pdf(tmp_path / "scan.pdf")
    with pytest.raises(
        IngestError,
        match=r"scan\.pdf: no text layer on any of its 2 page\(s\) "
        r"\(a scanned document\?\) - run OCR on it first",
    ):
        parse_document(path)


def test_truncated_pdf_is_refused_or_read_without_crashing(tmp_path):
    full = protocol_pdf(tmp_path / "full.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(full[: len(full) // 3])
    try:
        doc = parse_document(path)
    except IngestError as exc:
        assert str(exc).startswith(f"{path}: ")
    else:  # pypdf can recover what it can; then what it read must be real text
        assert all(c.text for c in doc.clauses)


def test_junk_renamed_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"\x89\xfe\x00" + os.urandom(4096))
    with pytest.raises(IngestError) as err:
        load_pages(path)
    assert str(err.value) == f"{path}: is not a PDF (it does not start with %PDF-)"


def test_text_file_named_pdf_says_so_in_plain_words(tmp_path):
    path = tmp_path / "protocol.pdf"
    path.write_text("Little Snoring Parish Council\n\n1.1 The Clerk answers to the council.\n")
    with pytest.raises(IngestError) as err:
        load_pages(path)
    message = str(err.value)
    assert message == (
        f"{path}: is not a PDF (it does not start with %PDF-); it looks like plain text - if it is, rename it to .txt"
    )
    assert "Stream" not in message and "\n" not in message


def test_pdf_after_a_bom_and_blank_lines_still_loads(tmp_path):
    real = protocol_pdf(tmp_path / "real.pdf").read_bytes()
    path = tmp_path / "padded.pdf"
    path.write_bytes(codecs.BOM_UTF8 + b"\r\n\n  " + real)  # what some exporters write before %PDF-
    pages = load_pages(path)
    assert len(pages) == 3 and "Party Groups" in "".join(p.text for p in pages)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(IngestError, match=r"empty\.txt: is empty \(0 bytes\)"):
        load_pages(path)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("\n\n   \n")
    with pytest.raises(IngestError, match=r"blank\.md: contains no text"):
        load_pages(path)


def test_unsupported_extension(tmp_path):
    path = tmp_path / "protocol.odt"
    path.write_text("x")
    with pytest.raises(
        IngestError,
        match=r"protocol\.odt: unsupported file type '\.odt' - "
        r"supported: .*\.docx",
    ):
        load_pages(path)


def test_non_utf8_text_falls_back_to_windows_1252(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("1.1 The Council\u2019s Clerk \u2013 r\u00f4le.".encode("cp1252"))
    doc = parse_document(path)
    assert doc.clauses[0].text == "The Council\u2019s Clerk \u2013 r\u00f4le."


def test_binary_junk_renamed_txt(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x00\x01\x02binary" * 50)
    with pytest.raises(IngestError, match=r"junk\.txt: looks like a binary file"):
        load_pages(path)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(60 * 2**20)  # sparse: costs no disk
    with pytest.raises(IngestError, match=r"huge\.txt: is 60 MB, over the 50 MB limit"):
        load_pages(path)


def test_junk_renamed_docx(tmp_path):
    path = tmp_path / "junk.docx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(IngestError, match=r"junk\.docx: is not a readable Word"):
        load_pages(path)


def test_docx_headings_lists_and_date_table(tmp_path):
    doc = parse_document(protocol_docx(tmp_path / "wordham.docx"))
    labels = {c.label: c for c in doc.clauses}
    assert labels["4.1"].heading == "Political Groups"
    assert labels["4.2"].text == (
        "Officers can expect from councillors:\n- respect and courtesy\n- no undue pressure\n- clear instructions"
    )
    assert doc.meta.council == "Wordham Town Council"
    assert doc.meta.adopted == "2024-04-12" and doc.meta.next_review == "2027-04"
    assert any(c.kind == "dates" for c in doc.clauses)


def test_docx_numbers_drawn_by_word_are_the_clause_numbers(tmp_path):
    # Word's automatic numbering is in no paragraph's text: without it every clause number is lost.
    doc = parse_document(numbered_protocol_docx(tmp_path / "oakbridge.docx"))
    by_label = {c.label: c for c in doc.clauses if c.kind == "clause"}
    assert [label for label in by_label if "." in label] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert by_label["2.1"].heading == "2. The Clerk"
    assert by_label["2.2"].text == (
        "Councillors must not ask the Clerk to:\n(a) work for a political party;\n(b) help with an election campaign."
    )
    # A "List Number" paragraph is numbered by its style.
    assert [c.text for c in doc.clauses if c.label in ("1", "2")] == [
        "respect and courtesy from every councillor.",
        "no undue pressure from any councillor.",
    ]


WELSH = (
    "Protocol Aelodau a Swyddogion\n\n"
    "1.1 Mae'r protocol hwn yn nodi sut y dylai cynghorwyr a swyddogion y cyngor cymuned weithio gyda'i gilydd.\n\n"
    "1.2 Dylai pob aelod drin swyddogion yn gwrtais ac yn deg bob amser. Ni ddylai cynghorydd roi pwysau ar "
    "swyddog i weithredu mewn ffordd amhriodol.\n\n"
    "1.3 Bydd y Clerc yn ymateb o fewn deg diwrnod gwaith i gais ysgrifenedig gan aelod.\n"
)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_real_corpus_reads_as_language(path):
    assert looks_like_language(path.read_text(encoding="utf-8"))


def test_welsh_and_a_short_protocol_are_not_refused(tmp_path):
    welsh = tmp_path / "cymraeg.txt"
    welsh.write_text(WELSH, encoding="utf-8")
    assert [c.label for c in parse_document(welsh).clauses if c.kind == "clause"] == ["1.1", "1.2", "1.3"]
    short = tmp_path / "short.txt"
    short.write_text("1.1 Officers advise the council as a whole.")
    assert parse_document(short).clauses[0].text == "Officers advise the council as a whole."


def test_the_language_check_refuses_encoded_data():
    data = bytes(range(256)) * 64
    assert not looks_like_language(base64.b64encode(data).decode())
    assert not looks_like_language(data.hex(" ", 4))
    assert not looks_like_language(data.decode("latin-1"))


def test_byte_order_marks_and_bom_less_utf16_are_sniffed():
    assert sniff_encoding(codecs.BOM_UTF32_LE + "x".encode("utf-32-le")) == ("utf-32-le", 4)
    assert sniff_encoding(codecs.BOM_UTF16_LE + "x".encode("utf-16-le")) == ("utf-16-le", 2)
    assert sniff_encoding(codecs.BOM_UTF16_BE + "x".encode("utf-16-be")) == ("utf-16-be", 2)
    assert sniff_encoding(codecs.BOM_UTF8 + b"x") == ("utf-8", 3)
    assert sniff_encoding(("1.1 The Clerk advises. " * 10).encode("utf-16-be")) == ("utf-16-be", 0)
    assert sniff_encoding(b"1.1 The Clerk advises. " * 10) == (None, 0)


def test_html_pages_are_a_supported_type(tmp_path):
    assert {".html", ".htm"} <= set(LOADERS)
    path = tmp_path / "protocol.html"
    path.write_text("<html><body><main><p>1.1 Officers advise the council as a whole.</p></main></body></html>")
    assert [c.label for c in parse_document(path).clauses] == ["1.1"]


def test_long_lists_of_names_are_cut_in_messages():
    from ingest.errors import some_names

    assert some_names(["Battle", "Finmere"]) == "Battle, Finmere"
    names = [f"Council {i}" for i in range(10_005)]
    assert some_names(names) == ", ".join(names[:12]) + " and 9,993 more"


def test_a_word_heading_keeps_its_depth_as_markdown():
    from ingest.loaders import _paragraph_lines

    assert _paragraph_lines("Roles", "heading 1") == ["", "## Roles", ""]
    assert _paragraph_lines("Councillors", "heading 2") == ["", "### Councillors", ""]


def test_a_word_file_with_tracked_changes_reads_as_its_changes_accepted(tmp_path):
    from tests.test_hostile_files import write_docx

    body = (
        b"<w:p><w:r><w:t>4.2 The Council will reply within </w:t></w:r>"
        b"<w:del><w:r><w:delText>three</w:delText></w:r></w:del>"
        b"<w:ins><w:r><w:t>two</w:t></w:r></w:ins><w:r><w:t> working days.</w:t></w:r></w:p>"
        b"<w:p><w:ins><w:r><w:t>4.3 Members must not use WhatsApp to instruct officers.</w:t></w:r></w:ins></w:p>"
        b"<w:p><w:del><w:r><w:delText>4.4 Post goes in the pigeonholes.</w:delText></w:r></w:del></w:p>"
    )
    text = load_pages(write_docx(tmp_path / "tracked.docx", [body]))[0].text
    assert "4.2 The Council will reply within two working days." in text
    assert "4.3 Members must not use WhatsApp to instruct officers." in text
    assert "three" not in text and "pigeonholes" not in text


def test_a_deep_word_heading_is_no_title():
    from ingest.loaders import _paragraph_lines

    assert _paragraph_lines("Roles", "heading 10") == ["", "###### Roles", ""]  # was '# Roles', the title


def test_a_booklet_printed_two_pages_per_sheet_reads_each_page_in_turn(tmp_path):
    from fpdf import FPDF

    left = [f"{n} Councillors must not ask staff to do errand number {n} for them." for n in range(1, 9)]
    right = [f"{n} Staff will answer a councillor's email number {n} within five days." for n in range(9, 17)]
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for row, (a, b) in enumerate(zip(left, right, strict=True)):  # written row by row across the sheet
        pdf.text(15, 20 + 8 * row, a)
        pdf.text(163, 20 + 8 * row, b)
    path = tmp_path / "booklet.pdf"
    pdf.output(str(path))
    text = load_pages(path)[0].text
    assert text.splitlines() == left + right


def test_a_word_file_s_content_controls_and_text_boxes_are_read_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    document = docx.Document()
    document.add_paragraph("Testbury Parish Council - Protocol")
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>2.1 Councillors must not phone the Clerk at home."
            "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    box = (
        "<w:txbxContent><w:p><w:r><w:t>Keys to the hall are held only by the Caretaker.</w:t></w:r></w:p>"
        "</w:txbxContent>"
    )
    body.insert(
        len(body) - 1,
        parse_xml(
            f'<w:p {w} {mc}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:pict>{box}</w:pict>'
            f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        ),
    )
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Click or tap here "
            "to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    path = tmp_path / "controls.docx"
    document.save(str(path))
    text = load_pages(path)[0].text
    assert "2.1 Councillors must not phone the Clerk at home." in text
    assert text.count("Keys to the hall are held only by the Caretaker.") == 1
    assert "Click or tap here" not in text  # a control still showing its placeholder


def test_a_two_up_sheet_keeps_the_words_of_a_line_with_bold_in_it_in_order(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for row in range(8):
        pdf.set_xy(15, 20 + 8 * row)
        pdf.cell(120, 6, f"{row + 1}. Members must **not** contact the **Clerk** about item {row + 1}.", markdown=True)
        pdf.set_xy(163, 20 + 8 * row)
        pdf.cell(120, 6, f"{row + 9}. Staff will **reply** within five days to email {row + 9}.", markdown=True)
    path = tmp_path / "bold.pdf"
    pdf.output(str(path))
    lines = load_pages(path)[0].text.splitlines()
    assert lines[0] == "1. Members must not contact the Clerk about item 1."
    assert lines[8] == "9. Staff will reply within five days to email 9."


def test_a_memo_s_quoted_note_is_not_an_earlier_email():
    from ingest.cleanup import email_reasons

    lines = ["To: All councillors", "From: Clerk", "Date: 3 March 2025", "Subject: Protocol"]
    lines += [f"{n}. Councillors must not give the Clerk instruction number {n}." for n in range(1, 22)]
    lines += ["> Note: paragraph 22 is new.", "22. Councillors must not call at the Clerk's home."]
    assert set(email_reasons(lines).values()) == {"email header"}


def _redline_pdf(path, strike_as_line: bool = False):
    """A PDF with an adopted paragraph, a struck-through one and an underlined (inserted) one,
    lines packed close as a printed redline's are."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Testbury Parish Council - Member Officer Protocol", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "2.3 The employees are accountable to the Council as a whole.", new_x="LMARGIN", new_y="NEXT")
    if strike_as_line:  # a bar drawn as a stroked line, as some exporters do
        y = pdf.get_y()
        pdf.cell(0, 6, "2.4 The Chairman may give instructions to the Clerk.", new_x="LMARGIN", new_y="NEXT")
        width = pdf.get_string_width("2.4 The Chairman may give instructions to the Clerk.")
        pdf.line(pdf.l_margin + pdf.c_margin, y + 3.2, pdf.l_margin + pdf.c_margin + width, y + 3.2)
    else:
        pdf.set_font("Helvetica", "S", 11)
        pdf.cell(0, 6, "2.4 The Chairman may give instructions to the Clerk.", new_x="LMARGIN", new_y="NEXT")
    # Inserted text, underlined by a bar just under its baseline, with the next line packed so close
    # that the bar is where a strikethrough of that line would be.
    inserted = "2.5 No councillor, including the Chairman, may instruct the Clerk."
    pdf.set_font("Helvetica", size=11)
    baseline = pdf.get_y() + 5
    pdf.text(pdf.l_margin, baseline, inserted)
    pdf.rect(pdf.l_margin, baseline + 0.3, pdf.get_string_width(inserted), 0.2, style="F")
    pdf.text(pdf.l_margin, baseline + 1.6, "2.6 Councillors must not ask the Clerk to do party political work.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("strike_as_line", [False, True])
def test_text_a_pdf_strikes_through_is_left_out_and_listed(tmp_path, strike_as_line):
    path = _redline_pdf(tmp_path / "redline.pdf", strike_as_line)
    page = load_pages(path)[0]
    assert "Chairman may give instructions" not in page.text
    assert page.struck == ("2.4 The Chairman may give instructions to the Clerk.",)
    # An underline (inserted text) is no strikethrough, even with the next line packed close under it.
    assert "2.5 No councillor, including the Chairman, may instruct the Clerk." in page.text
    assert "2.6 Councillors must not ask the Clerk to do party political work." in page.text
    doc = parse_document(path)
    assert "2.4" not in {c.label for c in doc.clauses} and {"2.3", "2.5"} <= {c.label for c in doc.clauses}
    assert "struck through: 2.4 The Chairman may give instructions to the Clerk." in doc.dropped


def test_runs_are_cut_from_a_page_s_text_in_order():
    from ingest.loaders import without_runs

    plain = "2.3 Staff are accountable.\n2.4 The Chair may instruct\nthe Clerk.\n\n2.5 No one may. 2.4 as above"
    runs = ["2.3", " Staff are accountable.", "2.4", " The Chair may instruct", "the Clerk.", "2.5", " No one may."]
    runs.append("2.4")
    text, cut = without_runs(plain, runs, {2, 3, 4})
    # The struck lines go (the blank line that was there stays); the later "2.4" is another run.
    assert text == "2.3 Staff are accountable.\n\n2.5 No one may. 2.4 as above"
    assert cut == ("2.4 The Chair may instruct the Clerk.",)
    # Part of a line: the rest of the line stays.
    runs = ["within", " three", " two days"]
    assert without_runs("within three two days", runs, {1}) == ("within  two days", ("three",))
    # A run not found where expected is not cut.
    assert without_runs("abc", ["zzz"], {0}) == ("abc", ())


def test_which_runs_a_bar_strikes_through_on_literal_positions():
    from ingest.loaders import struck_runs

    # (x, y, font size, text): 10 pt text, 40 characters, about 170-200 pt wide
    line = (72.0, 700.0, 10.0, "2.4 The Chairman may instruct the Clerk.")
    assert struck_runs([line], [(72.0, 290.0, 703.0)]) == {0}  # a bar through its x-height, the whole run
    assert struck_runs([line], [(72.0, 180.0, 703.0), (181.0, 290.0, 703.1)]) == {0}  # drawn in two pieces
    assert struck_runs([line], [(72.0, 120.0, 703.0)]) == set()  # only its first words: the rest is live
    assert struck_runs([line], [(72.0, 290.0, 699.0)]) == set()  # under the baseline: an underline
    assert struck_runs([line], [(72.0, 290.0, 708.0)]) == set()  # above the x-height: a rule over it
    assert struck_runs([line], [(100.0, 290.0, 703.0)]) == set()  # starts after the run does
    # A bar just under the baseline of the line above, where lines are packed close, is its underline.
    above = (72.0, 704.0, 10.0, "2.3 Inserted text, underlined by the redline.")
    assert struck_runs([above, line], [(72.0, 290.0, 703.0)]) == set()
    assert struck_runs([], [(72.0, 290.0, 703.0)]) == set() and struck_runs([line], []) == set()


def _pdf_with_bar(path, draw):
    """A one-page PDF: a title and one rule whose bar `draw(pdf, x, y, width)` makes across it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 20, "Testbury Parish Council - Member Officer Protocol")
    rule = "4.1 Officers are accountable to the Council as a whole."
    pdf.text(20, 30, rule)
    draw(pdf, 20, 30 - 1.1, pdf.get_string_width(rule))
    pdf.output(str(path))
    return path


def test_bars_that_are_not_painted_strike_nothing(tmp_path):
    def clip(pdf, x, y, w):  # a clipping path: no paint
        pdf._out(f"q {x * pdf.k:.2f} {(pdf.h - y) * pdf.k:.2f} {w * pdf.k:.2f} 0.5 re W n Q")

    def white(pdf, x, y, w):  # painted white
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x, y, w, 0.2, style="F")

    def black(pdf, x, y, w):
        pdf.set_fill_color(0, 0, 0)
        pdf.rect(x, y, w, 0.2, style="F")

    for name, draw in (("clip", clip), ("white", white)):
        page = load_pages(_pdf_with_bar(tmp_path / f"{name}.pdf", draw))[0]
        assert "4.1 Officers are accountable" in page.text and page.struck == (), name
    page = load_pages(_pdf_with_bar(tmp_path / "black.pdf", black))[0]
    assert "4.1 Officers" not in page.text and page.struck == (
        "4.1 Officers are accountable to the Council as a whole.",
    )


def test_a_page_of_form_xobjects_is_read_without_strikes(tmp_path):
    """Imposition tools place each page as a form XObject; pypdf gives a form's positions in its own
    space, so a bar in one form would line up with text in another: no strikes are read there."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter()
    sheet = writer.add_blank_page(842, 595)
    font = {NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1")}
    font[NameObject("/BaseFont")] = NameObject("/Helvetica")
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): DictionaryObject(font)})})

    def form(line: bytes, bar: bytes = b"") -> object:
        stream = DecodedStreamObject()
        stream.set_data(b"BT /F1 11 Tf 50 520 Td (" + line + b") Tj ET " + bar)
        stream.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form")})
        stream[NameObject("/BBox")] = ArrayObject([FloatObject(v) for v in (0, 0, 421, 595)])
        stream[NameObject("/Resources")] = resources
        return writer._add_object(stream)

    left = form(b"3.2 Officers must be impartial in all their work.")
    right = form(b"7.2 The Chairman may instruct the Clerk.", b"50 523 240 0.6 re f")
    forms = DictionaryObject({NameObject("/L"): left, NameObject("/R"): right})
    sheet[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): forms})
    content = DecodedStreamObject()
    content.set_data(b"q 1 0 0 1 0 0 cm /L Do Q q 1 0 0 1 421 0 cm /R Do Q")
    sheet[NameObject("/Contents")] = writer._add_object(content)
    path = tmp_path / "imposed.pdf"
    with path.open("wb") as f:
        writer.write(f)
    page = load_pages(path)[0]
    assert page.struck == () and "3.2 Officers must be impartial in all their work." in page.text


def test_a_pdf_whose_text_is_all_struck_through_says_so(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "S", 11)
    pdf.cell(0, 6, "2.4 The Chairman may give instructions to the Clerk.")
    pdf.output(str(tmp_path / "gone.pdf"))
    with pytest.raises(IngestError, match="all of its text is struck through"):
        load_pages(tmp_path / "gone.pdf")


def test_a_word_file_s_hidden_text_is_left_out_and_listed(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Testbury Parish Council - Member/Officer Protocol")
    rule = document.add_paragraph("3.1 Officers will reply to councillors within 10 working days.")
    note = rule.add_run(" [DRAFTING NOTE: the model wording was 5 working days.]")
    note.font.hidden = True
    shown = document.add_paragraph("3.2 Councillors must not phone officers at home.")
    visible = shown.add_run(" This applies to all staff.")
    visible.font.hidden = False  # (w:vanish w:val="0": shown)
    path = tmp_path / "hidden.docx"
    document.save(path)
    parsed = parse_document(path)
    texts = [c.text for c in parsed.clauses]
    assert "Officers will reply to councillors within 10 working days." in texts
    assert not any("5 working days" in t for t in texts)
    assert "Councillors must not phone officers at home. This applies to all staff." in texts
    assert "hidden text: [DRAFTING NOTE: the model wording was 5 working days.]" in parsed.dropped


def test_a_word_file_s_struck_through_runs_are_deletions_left_out_and_listed(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Testbury Parish Council - Member/Officer Protocol")
    rule = document.add_paragraph("3.1 Officers will reply to councillors within ")
    old = rule.add_run("ten")
    old.font.strike = True
    rule.add_run(" five working days.")
    gone = document.add_paragraph().add_run("3.2 Councillors may phone officers at home.")
    gone.font.double_strike = True
    kept = document.add_paragraph("3.3 Councillors must not phone officers at home.")
    plain = kept.add_run(" This applies to all staff.")
    plain.font.strike = False  # (w:strike w:val="0": not struck)
    path = tmp_path / "redline.docx"
    document.save(path)
    parsed = parse_document(path)
    texts = [c.text for c in parsed.clauses]
    assert "Officers will reply to councillors within five working days." in texts
    assert not any("phone officers at home" in t and "may" in t for t in texts)
    assert "Councillors must not phone officers at home. This applies to all staff." in texts
    assert {"struck through: ten", "struck through: 3.2 Councillors may phone officers at home."} <= set(parsed.dropped)


def test_a_web_page_s_struck_text_is_left_out_and_listed_and_keeps_its_list(tmp_path):
    page = tmp_path / "revised.html"
    page.write_text(
        "<html><head><title>Member/Officer Protocol</title></head><body><main><h1>Member/Officer Protocol</h1>"
        "<p>Testbury Parish Council adopted this protocol on 3 March 2025.</p><ol>"
        "<li>Councillors must reply to the Clerk within <del>ten</del> <ins>five</ins> working days.</li>"
        "<li><s>Councillors may telephone the Clerk at home.</s> Councillors must not telephone the Clerk at home.</li>"
        "<li>The Clerk will not attend party group meetings.</li></ol></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_document(page)
    by_label = {c.label: c.text for c in parsed.clauses}
    assert by_label["1"] == "Councillors must reply to the Clerk within five working days."
    # (the struck sentence opening item 2 had joined it to item 1 as "- ~~2. Councillors may ...~~")
    assert by_label["2"] == "Councillors must not telephone the Clerk at home."
    assert by_label["3"] == "The Clerk will not attend party group meetings."
    assert "struck through: Councillors may telephone the Clerk at home." in parsed.dropped


def test_a_word_file_s_footnotes_are_read_after_the_paragraph_that_marks_them(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (
        f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Working days do not '
        "include bank holidays.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    document = docx.Document()
    document.add_paragraph("Testbury Parish Council - Member/Officer Protocol")
    rule = document.add_paragraph("4.2 Staff will reply to an enquiry within seven working days.")
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    rule.add_run()._r.append(ref)
    document.add_paragraph("4.3 Councillors must not phone staff at home.")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        notes.encode(),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    path = tmp_path / "noted.docx"
    document.save(path)
    texts = [c.text for c in parse_document(path).clauses]
    assert (
        "Staff will reply to an enquiry within seven working days. "
        "[Footnote 1: Working days do not include bank holidays.]" in texts
    )
    assert "Councillors must not phone staff at home." in texts


def test_a_word_files_short_bold_paragraphs_head_the_bullets_under_them(tmp_path):
    """Sections typed as short bold paragraphs (no Heading style) head their bullets, "Contact"
    included (a menu word elsewhere); the bold title block stays the title, and a bold sentence is a
    sentence."""
    doc = parse_document(bold_headed_docx(tmp_path / "bramblecote.docx"))
    by_heading = {c.heading: c.text for c in doc.clauses if c.heading}
    assert "Councillors must not give the Clerk instructions" in by_heading["Asking the Clerk for help"]
    assert "Please contact the Clerk by email" in by_heading["Contact"]
    assert "may accept small gifts" in by_heading["Gifts"]
    assert "Members must never visit the Clerk at home." not in by_heading
    assert not any(c.heading in ("Bramblecote Parish Council", "Councillor and Clerk Protocol") for c in doc.clauses)
    assert doc.meta.council == "Bramblecote Parish Council" and doc.meta.adopted == "2024-05-09"


def test_bold_lines_that_are_no_headings_in_a_word_file(tmp_path):
    """Bold items typed with their own bullets after a lead-in, a bold defined term over its
    definition and a bold subtitle under a plain title are not taken for headings."""
    import docx

    document = docx.Document()
    document.add_paragraph("Oakham Parish Council")
    document.add_paragraph().add_run("Member and Officer Protocol").bold = True
    document.add_paragraph("This protocol explains how councillors and the Clerk work together day to day.")
    document.add_paragraph("In this protocol:")
    document.add_paragraph().add_run("Officer").bold = True
    document.add_paragraph("means any employee of the Council, including the Clerk.")
    document.add_paragraph("Councillors must:")
    for item in ("\u2022\tnot telephone the Clerk at home", "\u2022\tnot give the Clerk instructions"):
        document.add_paragraph().add_run(item).bold = True
    path = tmp_path / "oakham.docx"
    document.save(str(path))
    doc = parse_document(path)
    headings = {c.heading for c in doc.clauses}
    assert not headings & {"Member and Officer Protocol", "Officer"}
    assert not any("telephone the Clerk" in h for h in headings)
    assert any("means any employee of the Council" in c.text and "Officer" in c.text for c in doc.clauses)


def test_a_heading_styled_sentence_is_a_clause_not_a_heading(tmp_path):
    # Probe AL's Draycombe: every clause a "Heading 2" paragraph restyled as body text, so that the list
    # linked to the heading styles numbers it; only the last clause of each section had been kept, under the
    # one before it as its heading.
    import docx

    document = docx.Document()
    document.add_paragraph("Testbury Council - Councillor and Officer Protocol")
    document.add_heading("Instructions to officers", level=1)
    document.add_heading("Councillors cannot instruct officers, who take instructions only from the Council.", 2)
    document.add_heading("Officers will keep a group's discussions confidential.", 2)
    document.add_heading("Councillors and officers must show each other respect. Examples of bullying include:", 2)
    document.add_paragraph("shouting at someone;", style="List Bullet")
    path = tmp_path / "headings.docx"
    document.save(str(path))
    doc = parse_document(path)
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("Councillors cannot instruct officers") for t in texts)
    assert any(t.startswith("Officers will keep a group's discussions") for t in texts)
    assert {c.heading for c in doc.clauses if "instruct" in c.text or "discussions" in c.text} == {
        "Instructions to officers"
    }


def test_an_faq_s_question_in_heading_style_stays_a_heading(tmp_path):
    # (a review of the rule above: a long question over its answer is the answer's heading)
    import docx

    document = docx.Document()
    document.add_paragraph("Testbury Council - Councillor and Officer Protocol")
    document.add_heading("Frequently asked questions", level=1)
    document.add_heading("What should I do if I am unhappy with the way an officer has handled my enquiry?", 2)
    document.add_paragraph("Raise it first with the officer's manager, politely and in private.")
    path = tmp_path / "faq.docx"
    document.save(str(path))
    doc = parse_document(path)
    answer = next(c for c in doc.clauses if c.text.startswith("Raise it first"))
    assert "unhappy with the way an officer" in answer.heading


def test_a_booklets_printers_spreads_are_read_in_page_order():
    from ingest.loaders import _HALVES, in_reading_order
    from ingest.records import Page

    def sheet(n, left, right):
        return Page(n, left + _HALVES + right)

    # (eight pages two to a sheet in a saddle-stitched booklet's order: 8|1, 2|7, 6|3, 4|5; the covers unnumbered)
    pages = [
        sheet(1, "Back cover", "Front cover"),
        sheet(2, "Two\n2Hexley booklet", "Seven\nHexley booklet 7"),
        sheet(3, "Six\n6Hexley booklet", "Three\nHexley booklet 3"),
        sheet(4, "Four\n4Hexley booklet", "Five\nHexley booklet 5"),
    ]
    out = in_reading_order(pages)
    assert [p.text.split("\n")[0] for p in out] == [
        "Front cover",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Back cover",
    ]
    assert [p.number for p in out] == [1, 2, 3, 4, 4, 3, 2, 1]  # (each half keeps its sheet, for "View in document")
    # (halves in page order already, or numbered otherwise, stay as they are, one page a sheet)
    pages = [sheet(1, "One\nHexley 1", "Two\nHexley 2"), sheet(2, "Three\nHexley 3", "Four\nHexley 4")]
    assert [p.text for p in in_reading_order(pages)] == [
        "One\nHexley 1\nTwo\nHexley 2",
        "Three\nHexley 3\nThree"[:0] + "Three\nHexley 3\nFour\nHexley 4",
    ]


def test_a_booklets_mirrored_footers_are_one_running_footer():
    from ingest.cleanup import header_key

    assert header_key("2Hexley Parish Council - Councillors and Staff") == header_key(
        "Hexley Parish Council - Councillors and Staff 3"
    )
    assert header_key("Page 3 of 8") != header_key("Page 4")
