"""A wiki page's source read as the page a reader sees (ingest/wikitext.py), on literal strings."""

from ingest.wikitext import is_wikitext, wikitext_lines

PAGE = """{{Policy infobox
| title   = Protocol on Member and Officer Relations
| council = Hexley District Council
}}
<!-- Please do not number items by hand. -->
__TOC__
'''Hexley District Council''' runs a [[committee system]].

== 1. Introduction ==
# This protocol guides councillors and [[Officer|officers]].<ref>Local Government Act 1972.</ref>
# It applies to every councillor.
## Including co-opted members.

== Who to contact ==
{| class="wikitable"
! Issue !! Contact
|-
| Concern about an officer || The officer's Director
|}

[[Category:Governance]]
"""


def test_a_wiki_pages_headings_numbered_items_and_tables_read_as_the_page_shows_them():
    assert is_wikitext(PAGE)
    text, left_out = wikitext_lines(PAGE)
    lines = [ln for ln in text.split("\n") if ln]
    assert lines == [
        "Protocol on Member and Officer Relations",
        "Hexley District Council runs a committee system.",
        "## 1. Introduction",
        "1.1 This protocol guides councillors and officers.",
        "1.2 It applies to every councillor.",
        "(a) Including co-opted members.",
        "## Who to contact",
        "Issue\tContact",
        "Concern about an officer\tThe officer's Director",
    ]
    assert "wiki comment: Please do not number items by hand." in left_out
    assert any(x.startswith("wiki template: {{Policy infobox") for x in left_out)


def test_a_plain_protocol_or_a_markdown_page_is_no_wiki_page():
    assert not is_wikitext("1. Purpose\n\n1.1 Councillors must not instruct officers.\n\n2. Roles\n\n2.1 Text.")
    assert not is_wikitext("## Roles\n\n- Councillors set policy.\n\n## Contact\n\n- [Email](mailto:x@y.z)")


def test_a_markdown_page_with_highlights_is_no_wiki_page_and_a_padded_line_is_quick():
    md = "# Protocol\n\n## 1. Contact\n\n==Members must never instruct staff.==\n\n==Officers are neutral.==\n"
    assert not is_wikitext(md)
    assert not is_wikitext("==" + " " * 5000 + "x\n== A ==\n== B ==\n[[x]]")
    text, _ = wikitext_lines("== A ==\n{{Important}} Members must never share passwords.\n== B ==\n[[x]] {{y}}")
    assert "Members must never share passwords." in text
