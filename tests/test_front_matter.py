"""A static site's page whose clauses are data in its front matter, on literal strings."""

from ingest.front_matter import front_matter_text

PAGE = """---
layout: policy
title: "Member and Officer Protocol"
permalink: /council/policies/member-officer-protocol/
adopted: 2025-09-09
next_review: 2027-09
tags: [policies, governance]
related:
  - title: Code of Conduct
    url: /council/policies/code-of-conduct/
intro: >-
  Pellowby Town Council has twelve councillors and employs a Town Clerk and
  an Office Assistant.
sections:
  - id: roles
    heading: Roles
    clauses:
      - num: "2.1"
        text: >-
          The Town Council makes its decisions collectively at meetings of the
          Council and its committees.
      - num: "2.2"
        text: >-
          Councillors must not give instructions to any member of staff.
---
{% include policy-banner.html %}
{% for section in page.sections %}
## {{ section.heading }}
{% for clause in section.clauses %}{{ clause.num }} {{ clause.text }}{% endfor %}
{% endfor %}
"""


def test_a_pages_clauses_kept_as_front_matter_data_are_its_text():
    assert front_matter_text(PAGE).split("\n\n") == [
        "# Member and Officer Protocol",
        "adopted: 2025-09-09",
        "next_review: 2027-09",
        "Pellowby Town Council has twelve councillors and employs a Town Clerk and an Office Assistant.",
        "## Roles",
        "2.1 The Town Council makes its decisions collectively at meetings of the Council and its committees.",
        "2.2 Councillors must not give instructions to any member of staff.\n",
    ]


def test_a_page_with_words_of_its_own_or_no_front_matter_is_left_as_it_is():
    body = "\n".join(f"{n}. Councillors and staff treat each other with respect at all times." for n in range(1, 6))
    assert front_matter_text(PAGE.split("{% include")[0] + body) is None
    assert front_matter_text("1. Councillors must not give instructions to staff.\n") is None
    # (front matter YAML cannot read is left to the clean-up)
    assert front_matter_text("---\ntitle: [unclosed\n---\n{{ page.title }}\n") is None


def test_numbers_dates_line_ends_and_aliases():
    # (a clause "2.10" is not the number 2.1; Windows line ends and no line after the closing "---" are read;
    # anchors and aliases, which can multiply a few lines into megabytes, are not)
    page = PAGE.replace('num: "2.2"', "num: 2.10").replace("\n", "\r\n")
    shown = front_matter_text(page)
    assert "2.10 Councillors must not give instructions to any member of staff." in shown
    assert "adopted: 2025-09-09" in shown
    assert front_matter_text(PAGE.split("{% include")[0].rstrip("\n")) is not None
    bomb = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\ntitle: Protocol\n---\n{{ page.title }}\n"
    assert front_matter_text(bomb) is None
