"""For any text, parsing never crashes and nothing but headers is silently lost."""

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingest.clauses import is_thematic_break, parse_clauses
from ingest.cleanup import clean_pages
from ingest.records import Page

WORDS = st.sampled_from(
    [
        "Clerk",
        "councillor",
        "must",
        "not",
        "attend",
        "the",
        "group",
        "Officers",
        "party",
        "review",
        "2024",
        "a.",
        "i)",
        "-",
        "*",
        ":",
        ".",
        "Adopted",
        "Version",
        "1.1",
        "2.",
        "3.0",
        "\u2022",
        "\u201cx\u201d",
        "#",
        "##",
        "respon-",
        "sibility",
        "\t",
        "Page",
        "7",
    ]
)
LINE = st.lists(WORDS, min_size=0, max_size=12).map(" ".join)
TEXT = st.lists(st.one_of(LINE, st.just("")), min_size=1, max_size=40).map("\n".join)


def covered_text(clauses) -> str:
    return "\n".join([c.text for c in clauses] + [c.heading for c in clauses] + [c.lead_in for c in clauses])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=st.lists(TEXT, min_size=1, max_size=3), pdf=st.booleans())
@example(pages=["3.0 Clerk Clerk\n1.1 Clerk"], pdf=False)  # a heading left by a clause numbered outside it
@example(pages=["2.1 Members\n\n2.1.1 Members set policy.\n\n2.2 Clerk"], pdf=False)
@example(pages=["-\n-\n-"], pdf=False)  # dashes on lines of their own: a rule across the page
def test_parsing_never_crashes_and_covers_the_cleaned_document(pages, pdf):
    page_records = [Page(i if pdf else None, t) for i, t in enumerate(pages, 1)]
    if not pdf:
        page_records = [Page(None, "\n\n".join(pages))]
    blocks = clean_pages(page_records)
    clauses = parse_clauses(blocks, doc_id="d")
    covered = covered_text(clauses)
    for block in blocks:
        # A rule across the page ("-----", or dashes on lines of their own) ends a clause and is no text.
        if is_thematic_break(block.text):
            continue
        # The clause number and a lone bullet mark are structure, cited separately.
        body = re.sub(r"^(?:- )?(?:\d{1,2}(?:\.\d{1,3})*[.)]?\s*)?", "", block.text)
        assert body.strip() in covered
    doc = "\n".join(b.text for b in blocks)
    for c in clauses:
        assert doc[c.start : c.end] == c.text
    assert len({c.id for c in clauses}) == len(clauses)
