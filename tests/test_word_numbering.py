"""Word's automatic numbering, on literal numbering XML (no document)."""

from ingest.word_numbering import parse_numbering

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbering(levels: str, nums: str = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') -> bytes:
    return f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{nums}</w:numbering>'.encode()


def lvl(i: int, fmt: str, text: str, start: int = 1) -> str:
    return f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'


def test_levels_count_and_deeper_levels_restart():
    n = parse_numbering(numbering(lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2") + lvl(2, "lowerRoman", "(%3)")))
    assert [n.label("1", level) for level in (0, 1, 1, 2, 2, 1, 0, 1, 2)] == [
        "1.", "1.1", "1.2", "(i)", "(ii)", "1.3", "2.", "2.1", "(i)",
    ]  # fmt: skip


def test_formats_start_values_overrides_and_bullets():
    levels = lvl(0, "upperLetter", "%1)", start=3) + lvl(1, "bullet", "\uf0b7") + lvl(2, "none", "")
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    n = parse_numbering(numbering(levels, nums))
    assert [n.label("1", 0), n.label("1", 0), n.label("1", 1), n.label("1", 2)] == ["C)", "D)", "-", ""]
    assert n.label("2", 0) == "A)"  # a list restarted by an override counts on its own
    assert n.label("7", 0) is None and n.label("0", 0) is None  # no such list; numbering turned off


def test_lists_of_one_definition_continue_each_other_unless_restarted():
    # Headings in list 1 and their clauses in list 2, one definition: Word shows 2.1 under "2.".
    nums = (
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
    )
    n = parse_numbering(numbering(lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2"), nums))
    assert [n.label(num, level) for num, level in (("1", 0), ("2", 1), ("2", 1), ("1", 0), ("2", 1))] == [
        "1.", "1.1", "1.2", "2.", "2.1",
    ]  # fmt: skip


def test_legal_numbering_empty_labels_and_zero_padding():
    legal = (
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>'
    )
    n = parse_numbering(numbering(lvl(0, "upperRoman", "PART %1") + legal + lvl(2, "decimal", "")))
    assert [n.label("1", 0), n.label("1", 1), n.label("1", 2)] == ["PART I", "1.1", ""]
    z = parse_numbering(numbering(lvl(0, "decimalZero", "%1.")))
    assert [z.label("1", 0) for _ in range(2)] == ["01.", "02."]


def test_a_style_numbered_through_the_style_it_is_based_on(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    from ingest.document import parse_document

    document = docx.Document()
    document.add_paragraph("Oakbridge Parish Council", style="Title")
    clause = document.styles.add_style("Council Clause", WD_STYLE_TYPE.PARAGRAPH)
    clause.base_style = document.styles["List Number"]
    for text in ("Councillors must treat the Clerk with courtesy.", "The Clerk serves the whole council."):
        document.add_paragraph(text, style="Council Clause")
    path = tmp_path / "based.docx"
    document.save(str(path))
    assert [c.label for c in parse_document(path).clauses if c.kind == "clause"] == ["1", "2"]
