"""Saved web pages: the protocol comes through, the website around it does not."""

import re

import pytest

from ingest.document import parse_document
from ingest.errors import IngestError
from ingest.html import decode_html

SITE_TOP = """
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to make this website work and to understand how you use it.</p>
  <button>Accept all cookies</button> <button>Reject optional cookies</button>
</div>
<header><nav class="main-nav"><ul>
  <li><a href="/">Home</a></li><li><a href="/about">About the Council</a></li>
  <li><a href="/meetings">Meetings and Minutes</a></li><li><a href="/contact">Contact us</a></li>
</ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/policies">Policies</a></li><li>Member/Officer Protocol</li>
</ol></nav>
"""
SITE_BOTTOM = """
<aside class="sidebar"><h3>Related pages</h3><ul>
  <li><a href="/standing-orders">Standing Orders</a></li>
  <li><a href="/financial-regulations">Financial Regulations</a></li>
  <li><a href="/allotments">Allotment Waiting List</a></li>
</ul></aside>
<footer><p>Page updated: 12/10/2020</p><p>&copy; All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/accessibility">Accessibility statement</a></li></ul>
</footer>
"""

PROTOCOL_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Member/Officer Protocol | Bramblecombe Town Council</title></head>
<body>{SITE_TOP}
<main><article>
<h1>Member/Officer Protocol</h1>
<h2>1. Introduction</h2>
<p>1.1 This protocol sets out how councillors and the Town Clerk work together so that the
business of the council is carried out efficiently and in good faith.</p>
<p>1.2 Councillors and officers should treat one another with courtesy and respect at all
times, in meetings and in correspondence.</p>
<h2>2. Requests for information</h2>
<ol>
<li>2.1 A councillor who needs information to carry out their duties should ask the Town Clerk in writing.</li>
<li>2.2 The Town Clerk will answer within ten working days or explain why more time is needed.</li>
<li>2.3 Officers must not be asked to undertake work for a councillor's own political party.</li>
</ol>
<h2>3. Complaints</h2>
<p>3.1 A councillor with a concern about an officer should raise it privately with the Town
Clerk, and never in a public meeting or on social media.</p>
</article></main>
{SITE_BOTTOM}</body></html>"""

BOILERPLATE = [
    "Accept all cookies",
    "We use cookies",
    "Home",
    "About the Council",
    "Meetings and Minutes",
    "Policies",
    "Related pages",
    "Standing Orders",
    "Financial Regulations",
    "Allotment",
    "Page updated",
    "All rights reserved",
    "Privacy notice",
    "Accessibility statement",
]


def _write(tmp_path, name, markup):
    path = tmp_path / name
    path.write_bytes(markup if isinstance(markup, bytes) else markup.encode("utf-8"))
    return path


def test_protocol_page_keeps_numbered_clauses_and_drops_the_website(tmp_path):
    doc = parse_document(_write(tmp_path, "bramblecombe.html", PROTOCOL_PAGE))
    by_label = {c.label: c for c in doc.clauses}
    assert {"1.1", "1.2", "2.1", "2.2", "2.3", "3.1"} <= set(by_label)
    assert by_label["1.2"].text == (
        "Councillors and officers should treat one another with courtesy and respect at all "
        "times, in meetings and in correspondence."
    )
    assert by_label["2.2"].text == (
        "The Town Clerk will answer within ten working days or explain why more time is needed."
    )
    assert by_label["2.3"].heading == "2. Requests for information"
    assert by_label["3.1"].text.startswith("A councillor with a concern about an officer")
    for clause in doc.clauses:
        for junk in BOILERPLATE:
            assert junk not in clause.text, (junk, clause.label)
    # The council is named only in the page's <title>: it is kept so it can be inferred.
    assert doc.meta.council == "Bramblecombe Town Council"
    assert doc.meta.title == "Member/Officer Protocol"


LIST_PAGE = """<html><head><title>Code of practice</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main>
<h1>Kingsbourne Parish Council Member and Officer Protocol</h1>
<ol>
  <li>Councillors shall treat the Clerk with courtesy and must not bully or harass any member of staff.</li>
  <li>The Clerk is employed by the council as a whole and takes instructions only through its resolutions.</li>
  <li>Requests for advice should be made to the Clerk in writing, allowing a reasonable time for a reply:
    <ol type="a">
      <li>urgent matters may be raised by telephone;</li>
      <li>advice given to one councillor is shared with all of them.</li>
    </ol>
  </li>
</ol>
<p>The following were added when the protocol was reviewed.</p>
<ol start="4">
  <li><p>Complaints about the Clerk go to the Chairman of the Staffing Committee.</p></li>
</ol>
</main></body></html>"""


def test_clauses_that_are_list_items_keep_the_numbers_a_browser_shows(tmp_path):
    doc = parse_document(_write(tmp_path, "kingsbourne.htm", LIST_PAGE))
    by_label = {c.label: c for c in doc.clauses}
    assert {"1", "2", "3", "4"} <= set(by_label)
    assert by_label["2"].text == (
        "The Clerk is employed by the council as a whole and takes instructions only through its resolutions."
    )
    # The lettered sub-items stay with their clause, one per line, with their letters.
    assert "\n- a. urgent matters may be raised by telephone;" in by_label["3"].text
    assert "\n- b. advice given to one councillor is shared with all of them." in by_label["3"].text
    # <ol start="4"> numbers from 4, as a browser does (trafilatura alone would say "1.").
    assert by_label["4"].text == "Complaints about the Clerk go to the Chairman of the Staffing Committee."
    assert doc.meta.council == "Kingsbourne Parish Council"
    assert all("News" not in c.text for c in doc.clauses)


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1252">', '<meta charset="iso-8859-1">'])
def test_page_in_its_declared_windows_1252_charset(tmp_path, declaration):
    # Browsers read "iso-8859-1" as windows-1252 too: curly quotes are bytes 0x91-0x94 there.
    markup = f"""<html><head>{declaration}<title>Protocol</title></head><body><main>
    <h1>Member/Officer Protocol \u2013 Llanfair Community Council</h1>
    <p>1.1 The Council\u2019s Clerk \u2013 the \u201cProper Officer\u201d \u2013 advises all members equally and no
    member may direct the Clerk\u2019s work alone.</p>
    <p>1.2 A member\u2019s request that would cost more than \u00a3250 of officer time goes to the
    Finance Committee first.</p></main></body></html>""".encode("cp1252")
    doc = parse_document(_write(tmp_path, "llanfair.html", markup))
    by_label = {c.label: c for c in doc.clauses}
    assert by_label["1.1"].text == (
        "The Council\u2019s Clerk \u2013 the \u201cProper Officer\u201d \u2013 advises all members equally and no "
        "member may direct the Clerk\u2019s work alone."
    )
    assert "\u00a3250" in by_label["1.2"].text
    assert doc.meta.council == "Llanfair Community Council"


def test_undeclared_charset_falls_back_from_utf8_to_windows_1252():
    assert decode_html("<p>caf\u00e9 \u2013 \u00a35</p>".encode()) == "<p>caf\u00e9 \u2013 \u00a35</p>"
    assert decode_html("<p>caf\u00e9 \u2013 \u00a35</p>".encode("cp1252")) == "<p>caf\u00e9 \u2013 \u00a35</p>"
    # A page that declares UTF-8 but is not: still readable.
    assert decode_html(b'<meta charset="utf-8"><p>\x93quoted\x94</p>').endswith("<p>\u201cquoted\u201d</p>")


def test_malformed_page_is_read_as_a_browser_would(tmp_path):
    markup = """<html><head><title>Protocol</title><body><div class=content>
    <h2>1. Conduct</h2>
    <p>1.1 Members must be courteous to officers at all times, in person and in writing.
    <p>1.2 Officers must be impartial and treat all members alike, <b>whatever their group.
    <p>1.3 Neither shall undermine the other in public or on social media.</span></div></div></td>
    <table><tr><td>Adopted<td>3 May 2021<tr><td>Next review<td>May 2024</table>
    <p>1.4 This protocol is reviewed every three years by the full council"""
    doc = parse_document(_write(tmp_path, "broken.html", markup))
    by_label = {c.label: c for c in doc.clauses}
    assert by_label["1.2"].text == "Officers must be impartial and treat all members alike, whatever their group."
    assert by_label["1.3"].text == "Neither shall undermine the other in public or on social media."
    assert by_label["1.4"].text == "This protocol is reviewed every three years by the full council"
    assert doc.meta.adopted == "2021-05-03" and doc.meta.next_review == "2024-05"


def test_xhtml_page_with_an_xml_declaration(tmp_path):
    markup = """<?xml version="1.0" encoding="utf-8"?>
    <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Protocol | Oakfield Town Council</title>
    </head><body><p>1.1 Councillors and officers work together in the interests of the people of Oakfield.</p>
    </body></html>"""
    doc = parse_document(_write(tmp_path, "oakfield.html", markup))
    assert [c.label for c in doc.clauses if c.kind == "clause"] == ["1.1"]
    assert doc.meta.council == "Oakfield Town Council"


@pytest.mark.parametrize(
    "markup, cause",
    [
        (
            "<!DOCTYPE html><html><head><title></title></head><body> </body></html>",
            "is a web page with no readable text",
        ),
        ("<html><body><script>var tracking = 1;</script><style>p {}</style></body></html>", "is a web page with no"),
        ("  \n  ", "is an empty web page"),
        ("", r"is empty \(0 bytes\)"),
    ],
)
def test_empty_page_is_refused(tmp_path, markup, cause):
    path = _write(tmp_path, "empty.html", markup)
    with pytest.raises(IngestError, match=rf"^{re.escape(str(path))}: {cause}"):
        parse_document(path)


def test_oversized_page_is_refused_like_any_file(tmp_path):
    path = _write(tmp_path, "big.html", PROTOCOL_PAGE)
    with pytest.raises(IngestError, match=r"big\.html: is \d KB, over the 1 KB limit \(raise PROTOCOLS_MAX_FILE_MB"):
        parse_document(path, max_bytes=1000)


def test_a_dates_line_left_out_by_extraction_is_kept():
    from ingest.html import with_date_lines

    text = "1.1 Councillors and officers respect each other."
    blocks = ["Home", "Part 5 of the Constitution. Approved by Council: 2 March 2021. Next review: March 2025.", text]
    assert with_date_lines(text, blocks).endswith("Approved by Council: 2 March 2021. Next review: March 2025.")
    assert with_date_lines(text, [text, "Home"]) == text
    # A news item in the sidebar with a date is not the protocol's dates line.
    news = "Allotment rents for 2025/26 agreed at \u00a340 per full plot 21 October 2024"
    assert with_date_lines(text, [text, news]) == text


def test_a_word_exported_page_keeps_no_inline_tags_and_its_sub_headings_head_clauses(tmp_path):
    body = (
        "<h1>Brackley Vale Borough Council: Protocol on Member/Officer Relations</h1>"
        "<p class=MsoNormal><b>2.<span>&nbsp;&nbsp;</span>ROLES</b><o:p></o:p></p>"
        "<p class=MsoNormal><b>2.1&nbsp;&nbsp;</b><b><u>Members</u></b><o:p></o:p></p>"
        "<p class=MsoNormal>2.1.1&nbsp;&nbsp;Members set the policy framework and the budget of the Council."
        "<sup>1</sup><o:p></o:p></p>"
        "<p class=MsoNormal>2.1.2&nbsp;&nbsp;Members do not manage the Council's services day to day.<o:p></o:p></p>"
    )
    page = f"<html><head><title>Protocol</title></head><body>{SITE_TOP}<main>{body}</main>{SITE_BOTTOM}</body></html>"
    doc = parse_document(_write(tmp_path, "brackley.htm", page))
    assert [(c.label, c.heading) for c in doc.clauses if c.kind == "clause"] == [
        ("2.1.1", "2. ROLES > 2.1 Members"),
        ("2.1.2", "2. ROLES > 2.1 Members"),
    ]
    assert not any(re.search(r"</?(?:u|sup)>", c.text + c.heading) for c in doc.clauses)


NESTED = """
<h1>Section 16: Protocol for Member/Officer Relations</h1>
<ol>
<li>{open}Introduction{close}
<ol><li>The purpose of this protocol is to guide Members and Officers in their relations with one another.</li>
<li>A trusting relationship between Members and Officers is essential to the work of the Council.</li></ol></li>
<li>{open}Political groups{close}
<ol><li>Officers may be asked to give factual briefings to political groups on Council business.</li>
<li>Officers will not attend group meetings to which people who are not Members are invited.</li></ol></li>
</ol>
"""


@pytest.mark.parametrize("open_tag, close_tag", [("<h2>", "</h2>"), ("<strong>", "</strong>")])
def test_numbered_sections_with_their_own_numbered_lists_are_sections(tmp_path, open_tag, close_tag):
    # A CMS page numbers its parts as a list and each part's clauses as a list inside it: a reader
    # cites "2.2", and the parts are headings, not one bullet holding the whole protocol.
    body = NESTED.format(open=open_tag, close=close_tag)
    head = "<html><head><title>Testham District Council</title></head>"
    page = f"{head}<body>{SITE_TOP}<main>{body}</main>{SITE_BOTTOM}</body></html>"
    doc = parse_document(_write(tmp_path, "testham.htm", page))
    clauses = [(c.label, c.heading, " ".join(c.text.split()[:3])) for c in doc.clauses if c.kind == "clause"]
    assert clauses == [
        ("1.1", "1. Introduction", "The purpose of"),
        ("1.2", "1. Introduction", "A trusting relationship"),
        ("2.1", "2. Political groups", "Officers may be"),
        ("2.2", "2. Political groups", "Officers will not"),
    ]


def test_a_list_of_lead_ins_is_not_a_list_of_sections_and_footnote_marks_go(tmp_path):
    body = (
        "<h2>What is not allowed</h2><ul><li>Councillors must not<ul><li>ask officers to help with election "
        "campaigns</li><li>bully or intimidate officers</li></ul></li><li>Officers must not<ul><li>take sides in "
        "party politics</li></ul></li></ul>"
        "<p>1.1 This protocol is made under section 37 of the Local Government Act 2000<sup>1</sup> and applies "
        "to all members.</p>"
    )
    page = f"<html><head><title>Leadin Parish Council</title></head><body><main>{body}</main></body></html>"
    doc = parse_document(_write(tmp_path, "leadin.htm", page))
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("Councillors must not\n- ask officers to help with election campaigns") for t in texts)
    assert not any(c.heading.endswith("must not") for c in doc.clauses)
    assert any("Local Government Act 2000 and applies" in t for t in texts)


LAYOUT_PAGE = """<html><head><title>Stowford Parish Council - Councillor and Staff Protocol</title></head><body>
<table width="100%"><tr>
<td valign="top" width="200"><p><b>Policies</b></p><p><a href="a.html">Standing Orders</a><br>
<a href="b.html">Financial Regulations</a><br><a href="c.html">Grants Policy</a></p></td>
<td valign="top">
<h1>Councillor and Staff Protocol</h1>
<p><i>Adopted by the Parish Council: 9 January 2017</i><br><i>Review date: January 2020</i></p>
<h3>Roles</h3>
<p>(1) Councillors set the direction of the Council and make decisions together at meetings.</p>
<p>(2) The Clerk takes instructions only from the Council as a whole, by resolution at a meeting.</p>
<h3>Contacting the Clerk</h3>
<p>(3) Councillors should contact the Clerk by email, and should telephone only in an emergency.</p>
</td></tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_is_read_as_the_page_it_holds(tmp_path):
    parsed = parse_document(_write(tmp_path, "stowford.html", LAYOUT_PAGE))
    clauses = [c for c in parsed.clauses if c.kind == "clause"]
    assert [(c.label, c.heading) for c in clauses] == [("1", "Roles"), ("2", "Roles"), ("3", "Contacting the Clerk")]
    assert clauses[2].text.startswith("Councillors should contact the Clerk by email, and should telephone only")
    # The line break between the two dates is a space, and the record is not repeated at the end.
    dates = [c.text for c in parsed.clauses if c.kind == "dates"]
    assert dates == ["Adopted by the Parish Council: 9 January 2017\nReview date: January 2020"]


def test_a_table_of_values_stays_a_table(tmp_path):
    # Word's HTML puts each cell's text in one <p>: that is a table of clauses, not a page layout.
    rows = "".join(
        f"<tr><td><p class=MsoNormal>1.{n}</p></td><td><p class=MsoNormal>{text}</p></td></tr>"
        for n, text in (
            (1, "Members and officers both serve the public but their roles are different."),
            (2, "Officers will not attend meetings of political groups."),
        )
    )
    page = f"<html><body><h1>Member Officer Protocol</h1><h2>1. Introduction</h2><table>{rows}</table></body></html>"
    clauses = [c for c in parse_document(_write(tmp_path, "word.html", page)).clauses if c.kind == "clause"]
    assert [(c.label, c.text) for c in clauses] == [
        ("1.1", "Members and officers both serve the public but their roles are different."),
        ("1.2", "Officers will not attend meetings of political groups."),
    ]


def test_a_protocol_held_in_a_table_reads_as_its_clauses(tmp_path):
    # "Ref | Provision | Applies to": each row a clause cited by its reference; the tag column and
    # the header row are not part of any clause, and inspect says they were left out.
    rows = "".join(
        f"<tr><td>{ref}</td><td>{text}</td><td>{who}</td></tr>"
        for ref, text, who in (
            ("B1", "Members decide the policies of the Council and staff carry them out.", "Both"),
            ("B2", "No single Member may give instructions to the Clerk or to other staff.", "Members"),
            ("B3", "Staff must not accept gifts of any kind from individual Members.", "Staff"),
        )
    )
    page = (
        "<html><body><h1>Member and Staff Protocol</h1><p>Hollinfold Town Council sets out below how "
        "its Members and staff work together.</p><table><thead><tr><th>Ref</th><th>Provision</th>"
        f'<th>Applies to</th></tr></thead><tbody><tr><td colspan="3">Section B - Roles</td></tr>{rows}'
        "</tbody></table></body></html>"
    )
    doc = parse_document(_write(tmp_path, "table.html", page))
    clauses = [c for c in doc.clauses if c.kind == "clause"]
    assert [(c.label, c.text) for c in clauses] == [
        ("B1", "Members decide the policies of the Council and staff carry them out."),
        ("B2", "No single Member may give instructions to the Clerk or to other staff."),
        ("B3", "Staff must not accept gifts of any kind from individual Members."),
    ]
    assert {c.heading for c in clauses} == {"Section B - Roles"}
    assert not any("Applies to" in c.text for c in doc.clauses)
    assert "table header: Ref | Provision | Applies to" in doc.dropped
    assert "table column: 'Applies to', 3 cells (Both, Members, Staff)" in doc.dropped


def test_mark_up_shown_as_text_is_read_as_the_lines_it_marks():
    from ingest.html import unleaked

    leaked = (
        "<strong>WESTSHIRE</strong> COUNCIL<br /> 1. Purpose<br /> (a) This protocol guides\n"
        "councillors and officers.<br /> (b) It applies to all members.<br />"
    )
    assert unleaked(leaked) == (
        "WESTSHIRE COUNCIL\n1. Purpose\n(a) This protocol guides councillors and officers.\n"
        "(b) It applies to all members."
    )
    plain = "A page that mentions a <br /> tag once.\n\nAnd <strong>bold</strong> words."
    assert unleaked(plain) == plain


def test_a_definition_list_of_rule_numbers_reads_as_numbered_paragraphs(tmp_path):
    from ingest.document import parse_document

    page = tmp_path / "rules.html"
    page.write_text(
        "<html><body><main><h1>Working with councillors</h1><p>What staff need to know.</p><dl>"
        "<dt>Rule 2.1</dt><dd>Councillors set the policies of the Council.</dd>"
        "<dt>Rule 3.2(b)(i)</dt><dd>Send an acknowledgement within one working day.</dd>"
        "</dl><h2>Review</h2><p>Read the whole protocol for more.</p></main></body></html>",
        encoding="utf-8",
    )
    clauses = {c.label: c.text for c in parse_document(page).clauses}
    assert clauses["2.1"] == "Councillors set the policies of the Council."
    assert clauses["3.2(b)(i)"] == "Send an acknowledgement within one working day."


def test_css_list_kinds_reads_google_docs_and_plain_list_styles():
    from ingest.html import css_list_kinds

    css = (
        '.lst-kix_ab-0>li:before{content:"" counter(lst-ctn-kix_ab-0,decimal) ". "}'
        '.lst-kix_ab-1>li:before{content:"" counter(lst-ctn-kix_ab-1,lower-latin) ") "}'
        ".steps{margin:0;list-style-type:lower-roman}.c5{padding:0}"
    )
    assert css_list_kinds(css) == {"lst-kix_ab-0": "1", "lst-kix_ab-1": "a", "steps": "i"}


GOOGLE_DOCS_PAGE = """<html><head><title>Protocol - Glenbuie Community Council</title>
<style>.lst-kix_q-0>li:before{content:"" counter(lst-ctn-kix_q-0,decimal) ". "}
.lst-kix_q-1>li:before{content:"" counter(lst-ctn-kix_q-1,lower-latin) ") "}</style></head>
<body><div id="banner">Published using Google Docs</div><div class="doc-content">
<p class="title">Glenbuie Community Council</p>
<h2>Our staff</h2>
<ol class="c5 lst-kix_q-0 start" start="1"><li>The Secretary manages the Development Officer, and:</li></ol>
<ol class="c5 lst-kix_q-1 start" start="1"><li>agrees the work plan every quarter;</li>
<li>approves annual leave.</li></ol>
<ol class="c5 lst-kix_q-0" start="2"><li>No other member may instruct the Development Officer.</li></ol>
<h2>Contacting staff</h2>
<ol class="c5 lst-kix_q-0" start="3"><li>Members must not phone staff after 6pm.<sup><a href="#ftnt1"
id="ftnt_ref1">[1]</a></sup></li>
<li>Members should email the Secretary with any request for help from staff.</li></ol>
<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;The old protocol allowed calls until
9pm.</span></p></div></div></body></html>"""


def test_a_google_docs_page_keeps_its_list_numbers_letters_and_footnotes_apart(tmp_path):
    doc = parse_document(_write(tmp_path, "glenbuie.html", GOOGLE_DOCS_PAGE))
    got = {c.label: (c.heading, c.text) for c in doc.clauses if c.kind == "clause"}
    assert got["1"][0] == "Our staff" and "a. agrees the work plan" in got["1"][1]
    assert got["2"][1] == "No other member may instruct the Development Officer."
    assert got["3"] == ("Contacting staff", "Members must not phone staff after 6pm.")  # the footnote mark gone
    note = next(c for c in doc.clauses if "9pm" in c.text)
    assert note.heading == "Footnotes" and note.text.startswith("Footnote 1: The old protocol")


def test_permalink_marks_go_and_a_council_in_the_page_title_is_not_mistaken_for_a_longer_word(tmp_path):
    """'#' after each heading and '¶' after each paragraph link to the page itself: no words of the
    protocol, nor a second copy of the heading. 'Brackwater Town Councillors' in the text does not
    say the page title's 'Brackwater Town Council'."""
    clauses = "".join(
        f'<h2 id="s{n}">{n}. {topic} <a class="heading-anchor" href="#s{n}">#</a></h2>'
        f'<p id="p{n}">{n}.1 Brackwater Town Councillors and staff will respect each other on {topic}. '
        f'See <a href="#s1">section 1</a> and <a href="#s2">\u00a7</a> 2. '
        f'<a class="para-link" href="#p{n}">&para;</a></p>'
        for n, topic in enumerate(("courtesy", "requests for work", "party groups", "gifts"), 1)
    )
    page = tmp_path / "protocol.html"
    page.write_text(
        "<html><head><title>Member and Staff Protocol | Brackwater Town Council</title></head><body>"
        f"<main><h1>Member and Staff Protocol</h1>{clauses}</main></body></html>",
        encoding="utf-8",
    )
    doc = parse_document(page)
    assert doc.meta.council == "Brackwater Town Council"
    assert "title line" in doc.meta.provenance["council"]
    assert "\u00b6" not in doc.text and " #" not in doc.text
    assert "See section 1 and \u00a7 2." in doc.text  # a link with words, or a mark in a reference, stays
    assert [c.heading for c in doc.clauses if c.label == "2.1"] == ["2. requests for work"]
    assert len([c for c in doc.clauses if c.label.endswith(".1")]) == 4


def _card(ref: str, title: str, text: str) -> str:
    return (
        f'<article class="card"><header><span class="card__ref">{ref}</span><h2>{title}</h2>'
        f'<span class="badge">Applies to: Members</span></header><div class="card__body"><p>{text}</p></div>'
        '<footer><ul class="tags"><li><a href="?topic=x">Contact</a></li></ul></footer></article>'
    )


def test_cards_labelled_with_their_paragraph_number_are_numbered_clauses(tmp_path):
    cards = [
        ("Para 1.1", "Why we have this protocol", "This protocol helps councillors and officers work together."),
        ("Para 1.2", "Who it applies to", "The protocol applies to all Members, co-opted members and officers."),
        ("Para 4.3", "Response times", "The Member Enquiry Hub will acknowledge an enquiry within two working days."),
    ]
    page = (
        "<html><head><title>Member and Officer Protocol - Wyvern County Council</title></head><body><main>"
        "<h1>Member and Officer Protocol</h1><p>Each paragraph of the protocol is shown as a card.</p>"
        + "".join(_card(*c) for c in cards)
        + "</main></body></html>"
    )
    parsed = parse_document(_write(tmp_path, "wyvern-county-council.html", page))
    labels = {c.label: c.text for c in parsed.clauses}
    assert labels["1.2"] == "The protocol applies to all Members, co-opted members and officers."
    assert labels["4.3"].startswith("The Member Enquiry Hub will acknowledge")
    assert parsed.meta.title == "Member and Officer Protocol"  # the <h1> heads the page
    assert not any("Para " in c.text for c in parsed.clauses)


def test_a_page_holding_the_protocol_twice_is_read_once(tmp_path):
    rules = [f"<p>{n}.1 Members must not ask officers to do rule number {n} of this protocol.</p>" for n in range(1, 8)]
    page = (
        "<html><head><title>Protocol - Tarnby Borough Council</title></head><body><main><h1>Protocol</h1>"
        '<div class="tabs">' + "".join(rules) + '</div><div class="accordion" hidden>' + "".join(rules) + "</div>"
        "</main></body></html>"
    )
    parsed = parse_document(_write(tmp_path, "tarnby-borough-council.html", page))
    assert [c.label for c in parsed.clauses if c.label[0].isdigit()] == [f"{n}.1" for n in range(1, 8)]
    assert any("repeated copy of earlier text: 7 paragraphs" in d for d in parsed.dropped)


def test_a_label_beside_numbered_paragraphs_or_in_a_bar_of_labels_numbers_nothing(tmp_path):
    page = (
        "<html><head><title>Protocol - Bexby Town Council</title></head><body><main><h1>Protocol</h1>"
        "<div><span>Rule 1</span> <span>Rule 2</span> <span>Rule 3</span></div>"
        "<p>This protocol sets out how councillors and staff of the council work together.</p>"
        "<article><header><span>Article 4</span><h2>Contact with staff</h2></header>"
        "<p>4.1 Councillors contact staff through the Clerk and not directly.</p>"
        "<p>4.2 Staff are not phoned at home by councillors.</p></article>"
        "</main></body></html>"
    )
    parsed = parse_document(_write(tmp_path, "bexby-town-council.html", page))
    texts = {c.label: c.text for c in parsed.clauses}
    assert texts["4.1"] == "Councillors contact staff through the Clerk and not directly."
    assert not any(t.startswith(("3 2 1", "4 4.1")) for t in texts.values())
    assert any(t.startswith("This protocol sets out") for t in texts.values())


def test_a_page_saved_with_its_second_page_appended_is_read_whole(tmp_path):
    header = '<header><a href="/">Home</a> <nav><a href="/bins">Bins</a></nav></header>'

    def main(first: int) -> str:
        rules = "".join(
            f"<p>{n}.1 Members must keep rule number {n} of the protocol at all times.</p>"
            for n in range(first, first + 4)
        )
        return f"<main><article><h1>Protocol</h1>{rules}<p>Page {1 + first // 5} of 2</p></article></main>"

    head = "<html><head><title>Protocol - Mardon County Council</title></head>"
    page = f"{head}<body>{header}{main(1)}{header}{main(5)}</body></html>"
    parsed = parse_document(_write(tmp_path, "mardon-county-council.html", page))
    assert [c.label for c in parsed.clauses if c.label[0].isdigit()] == [f"{n}.1" for n in range(1, 9)]


def _converted_page(n: int, lines: list[str]) -> str:
    printed = "".join(f'<div class="t m0 x1 h2 y{900 - 20 * i} ff2 fs1">{line}</div>' for i, line in enumerate(lines))
    return (
        f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">'
        f'<div class="t m0 x1 h1 y1120 ff2 fs0">Tollbridge District Council<span class="_ _9"></span>Constitution</div>'
        f"{printed}"
        f'<div class="t m0 x1 h1 y40 ff2 fs0">Approved 3 June 2025<span class="_ _9"> </span>Page {n} of 3</div>'
        "</div></div>"
    )


# A PDF converted to HTML by pdf2htmlEX: every printed line a positioned <div>, the pages one after
# another, an outline in a sidebar.
CONVERTED_PDF = (
    '<!DOCTYPE html><html><head><meta name="generator" content="pdf2htmlEX"/>'
    "<title>Member/Officer Protocol</title></head><body>"
    '<div id="sidebar"><div id="outline"><ul><li><a href="#pf1">1. Purpose</a></li>'
    '<li><a href="#pf2">4. Contact</a></li></ul></div></div><div id="page-container">'
    + _converted_page(1, ["1.<span class=\"_ _3\"> </span>PURPOSE", "1.1 This protocol sets out how councillors and",
                          "officers of the District Council work together.", "2. ROLES",
                          "2.1 Officers give advice; councillors set policy."])
    + _converted_page(2, ["3. INSTRUCTIONS", "3.1 No councillor may give instructions to an",
                          "officer below the level of Director."])
    + _converted_page(3, ["4. CONTACT", "4.1 Councillors should not telephone officers after",
                          "6pm except in an emergency."])
    + "</div></body></html>"
)  # fmt: skip


def test_a_pdf_converted_to_html_is_read_page_by_page(tmp_path):
    # (trafilatura took one page of three as the page's main content and dropped the rest)
    doc = parse_document(_write(tmp_path, "tollbridge.html", CONVERTED_PDF))
    by_label = {c.label: c for c in doc.clauses}
    assert {"1.1", "2.1", "3.1", "4.1"} <= set(by_label)
    assert by_label["3.1"].text == "No councillor may give instructions to an officer below the level of Director."
    assert by_label["4.1"].page == 3
    # The running header and footer are dropped as a PDF's are; the sidebar outline is no clause.
    text = " ".join(c.text for c in doc.clauses)
    assert "Page 2 of 3" not in text and "Constitution" not in text and "4. Contact" not in text


def test_a_web_page_with_numbered_page_divs_is_still_a_web_page(tmp_path):
    # A paginated news list ("data-page-number") is no converted PDF: the protocol in <main> stays.
    markup = (
        "<html><head><title>Protocol</title></head><body><main><h1>Member/Officer Protocol</h1>"
        "<p>1.1 Councillors must not give instructions to the Clerk.</p>"
        "<p>1.2 Councillors should not telephone the Clerk at home.</p></main>"
        '<aside><div class="news-page" data-page-number="1"><p>Christmas lights switch-on</p></div>'
        '<div class="news-page" data-page-number="2"><p>Allotment waiting list opens</p></div></aside>'
        "</body></html>"
    )
    doc = parse_document(_write(tmp_path, "fenwick.html", markup))
    assert {"1.1", "1.2"} <= {c.label for c in doc.clauses}


ACCORDION_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Part 5E | Oldcastle Council</title></head>
<body>{SITE_TOP}
<main id="main-content">
<h1>Part 5E - Councillor and Officer Protocol</h1>
<p class="lead">This part of the Constitution of Oldcastle Council was approved on 4 March 2025.</p>
<h2 class="accordion-part">Part 1 - Purpose</h2>
<details class="accordion-section clause" id="clause-1">
<summary class="accordion-section-header"><span class="clause-number">1.</span> Purpose</summary>
<div class="accordion-section-content"><p>This protocol describes how councillors and officers work together.</p></div>
</details>
<details class="accordion-section clause" id="clause-2">
<summary class="accordion-section-header"><span class="clause-number">2.</span> Who it covers</summary>
<div class="accordion-section-content"><p>It covers all councillors and all Council employees.</p></div>
</details>
<h2 class="accordion-part">Part 2 - Groups<span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>
<details class="accordion-section clause" id="clause-3">
<summary class="accordion-section-header"><span class="clause-number">3.</span> Party groups</summary>
<div class="accordion-section-content"><p>Officers may brief a party group only with the Chief Executive's
agreement.</p></div>
</details>
</main>{SITE_BOTTOM}</body></html>"""


def test_an_accordions_clauses_sit_under_their_summaries_in_page_order(tmp_path):
    path = tmp_path / "oldcastle.html"
    path.write_text(ACCORDION_PAGE, encoding="utf-8")
    clauses = {c.text: c for c in parse_document(path).clauses}
    # (the first clause's text had come above the page's title, under no number)
    first = clauses["This protocol describes how councillors and officers work together."]
    assert first.label.startswith("1") and first.heading.endswith("1. Purpose")
    third = next(c for t, c in clauses.items() if t.startswith("Officers may brief"))
    assert third.label.startswith("3") and "edit" not in third.heading
    assert not any("[edit]" in t or t == "edit" for t in clauses)


def test_a_clause_number_in_an_element_of_its_own_goes_before_its_text(tmp_path):
    # Probe AF: a handbook page, '<span class="clause-number">4.1</span>' before the clause's <p>s.
    clause = (
        '<div class="clause"><span class="clause-number">{n}</span><div class="clause-body">'
        "<p>{a}</p><p>{b}</p></div></div>"
    )
    body = "".join(
        clause.format(
            n=f"4.{i}",
            a=f"Councillors may ask staff for help of kind {i}.",
            b="It also applies to every employee of the Council, whether full-time, part-time or casual.",
        )
        for i in range(1, 4)
    )
    page = f"<html><head><title>Chapter 4</title></head><body><main><h1>Chapter 4</h1>{body}</main></body></html>"
    path = tmp_path / "handbook.html"
    path.write_text(page, encoding="utf-8")
    clauses = [c for c in parse_document(path).clauses if c.label.startswith("4.")]
    assert [c.label for c in clauses] == ["4.1", "4.2", "4.3"]
    assert clauses[0].text.startswith("Councillors may ask") and "It also applies to every employee" in clauses[0].text
