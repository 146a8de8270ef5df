"""Clean-up rules, each on literal text."""

from ingest.cleanup import blocks_text, clean_pages, normalise_line, strip_markdown
from ingest.records import Page


def texts(pages, **kw):
    return [b.text for b in clean_pages(pages, **kw)]


def test_running_header_and_page_numbers_are_dropped_from_pdf_pages():
    pages = [
        Page(1, "Testbury Parish Council\n1.1 Councillors must be courteous.\n1"),
        Page(2, "Testbury Parish Council\n1.2 Officers must be impartial.\n2"),
        Page(3, "Testbury Parish Council\n1.3 Both must respect confidentiality.\nPage 3 of 3"),
    ]
    out = texts(pages)
    assert out == [
        "1.1 Councillors must be courteous.",
        "1.2 Officers must be impartial.",
        "1.3 Both must respect confidentiality.",
    ]


def test_header_with_changing_page_number_is_recognised():
    bodies = ["Councillors are courteous.", "Officers are impartial.", "Groups have no power."]
    pages = [Page(n, f"Protocol - page {n}\n{body}") for n, body in enumerate(bodies, 1)]
    assert texts(pages) == bodies


def test_clause_broken_by_page_break_is_rejoined():
    pages = [
        Page(1, "Header Line\n2.3 Such Councillors must not ask them to"),
        Page(2, "Header Line\nundertake work of a party political nature.\n2.4 Next clause."),
    ]
    assert texts(pages) == [
        "2.3 Such Councillors must not ask them to undertake work of a party political nature.",
        "2.4 Next clause.",
    ]


def test_text_export_page_break_with_repeated_header_is_rejoined():
    text = (
        "Battle Town Council\n\n1.1 First clause.\n\n- 2.3 must not ask them to\n\n\n\n"
        "Battle Town Council\n\n\n\nundertake work of a party political nature.\n\n"
        "3.1 Third.\n\nBattle Town Council\n\n3.2 Fourth."
    )
    assert texts([Page(None, text)]) == [
        "1.1 First clause.",
        "- 2.3 must not ask them to undertake work of a party political nature.",
        "3.1 Third.",
        "3.2 Fourth.",
    ]


def test_lone_page_number_between_paragraphs_is_dropped():
    text = "4.2 Last clause of the policy.\n2\nAdopted June 6th 2017"
    assert texts([Page(None, text)]) == ["4.2 Last clause of the policy.", "Adopted June 6th 2017"]


def test_hyphenation_at_line_end_is_undone_and_wrapped_lines_joined():
    page = Page(
        1, "1.1 The Clerk has responsi-\nbility for the day to day manage-\nment of staff and premises.\n1.2 Next."
    )
    assert texts([page]) == [
        "1.1 The Clerk has responsibility for the day to day management of staff and premises.",
        "1.2 Next.",
    ]


def test_pdf_paragraph_ends_at_short_line_with_full_stop():
    long = "Councillors and officers should treat one another with courtesy and respect at"
    page = Page(1, f"{long}\nall times.\nA new paragraph starts here and goes on to the\nend.")
    assert texts([page]) == [f"{long} all times.", "A new paragraph starts here and goes on to the end."]


def test_bullets_and_quotes_are_normalised():
    assert normalise_line("\u2022 a working partnership") == "- a working partnership"
    assert normalise_line("* respect") == "- respect"
    assert normalise_line("\u2013 courtesy") == "- courtesy"
    assert normalise_line("   \u25cf nested") == "  - nested"
    assert normalise_line("the Council\u2019s \u201cneed to know\u201d") == 'the Council\'s "need to know"'
    assert normalise_line("-1 is a number, not a bullet") == "-1 is a number, not a bullet"


def test_markdown_markup_is_removed_but_words_kept():
    md = '## **Background**\n\nthe "**need to know**" principle under the [Localism Act](#)'
    assert strip_markdown(md) == '## Background\n\nthe "need to know" principle under the Localism Act'
    assert strip_markdown("*Adopted 15 May 2015\nReview January 2024*") == "Adopted 15 May 2015\nReview January 2024"
    blocks = clean_pages([Page(None, "# Title\n\n## **Background**\n\nText here.")])
    assert [(b.text, b.hint) for b in blocks] == [("Title", "title"), ("Background", "heading"), ("Text here.", "")]


def test_nested_bullets_are_marked_as_subitems():
    blocks = clean_pages([Page(None, "- Members' roles are limited to:\n - the appointment\n - hearing appeals.")])
    assert [(b.text, b.hint) for b in blocks] == [
        ("- Members' roles are limited to:", ""),
        ("- the appointment", "subitem"),
        ("- hearing appeals.", "subitem"),
    ]


def test_date_table_lines_stay_separate():
    text = "Date of adoption\tFebruary 2022\nNext Review Date\tJune 2026\n\n1. INTRODUCTION"
    assert texts([Page(None, text)]) == [
        "Date of adoption\tFebruary 2022",
        "Next Review Date\tJune 2026",
        "1. INTRODUCTION",
    ]


def test_cleaned_document_is_blocks_joined_by_newlines():
    blocks = clean_pages([Page(None, "One.\n\nTwo.")])
    assert blocks_text(blocks) == "One.\nTwo."
