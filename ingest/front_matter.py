"""A static site's page whose words are all in its front matter: a Jekyll or Hugo page of a council's
policy that keeps each clause as data ("sections: - heading: Roles / clauses: - num: "2.1" / text: >- ...")
and whose body is only the template that lays them out ("{% for clause in section.clauses %}"). Such a
page is read as the text its template would show: its title, its headings and its numbered clauses.

Parsed with PyYAML's base loader (every value as the page writes it: "2.10" stays "2.10", a date stays
"2025-09-09"); front matter with anchors or aliases (which can multiply a few lines into megabytes), anything
the loader cannot read, or a page whose body holds words of its own, is left as it is (the clean-up then leaves
the front matter out as page furniture)."""

from __future__ import annotations

import re

from ingest.lazy_regex import lazy_compile

_FRONT_MATTER = lazy_compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n(.*))?\Z", re.S)
_ANCHOR_OR_ALIAS = lazy_compile(r"(?:^|[\s:\[{,-])[&*][\w-]")
_TEMPLATE = lazy_compile(r"\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->", re.S)
# Keys whose values are the site's own workings, never the page's words.
_SITE_KEYS = frozenset(
    "layout permalink url id slug tags categories sitemap related redirect_from last_modified_at date weight "
    "draft toc menu aliases type".split()
)
# Keys that give the protocol's dates ("adopted: 2025-09-09"): kept as lines of their own, as written.
_DATE_KEYS = frozenset("adopted approved agreed reviewed last_reviewed next_review review_date review".split())
_MIN_BODY_WORDS = 20  # a body with fewer words of its own than this is only the template
_MIN_PARAGRAPH_WORDS = 5  # a string value shorter than this is a label, not the page's words


def front_matter_text(text: str) -> str | None:
    """The page's words from its front matter, as lines of text ("# title", "## heading", "2.1 text"), when
    its body is only template; None for any other text."""
    if not text.startswith(("---", "\ufeff---")):
        return None  # (most text: no copy of it made)
    m = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not m or len(_TEMPLATE.sub(" ", m.group(2) or "").split()) >= _MIN_BODY_WORDS:
        return None
    if _ANCHOR_OR_ALIAS.search(m.group(1)):
        return None
    import yaml  # (only for such a page: most text never needs it)

    try:
        data = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # noqa: S506 - the base loader builds no objects
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    lines: list[str] = []
    if isinstance(title := data.get("title"), str):
        lines.append(f"# {title.strip()}")
    for key, value in data.items():
        if key == "title" or key in _SITE_KEYS:
            continue
        if str(key).lower() in _DATE_KEYS:
            # (as the page writes it: the base loader gives "2025-09-09" as that text)
            if isinstance(value, str) and value.strip():
                lines.append(f"{key}: {value.strip()}")
            continue
        _render(value, lines, level=2)
    words = sum(len(line.split()) for line in lines)
    return "\n\n".join(lines) + "\n" if words >= _MIN_BODY_WORDS else None


def _render(value: object, lines: list[str], level: int) -> None:
    """A value's words in order: a mapping's heading, a clause's number and text, a paragraph of prose."""
    if isinstance(value, str):
        if len(value.split()) >= _MIN_PARAGRAPH_WORDS:
            lines.append(" ".join(value.split()))
        return
    if isinstance(value, list):
        for item in value:
            _render(item, lines, level)
        return
    if not isinstance(value, dict):
        return
    number = value.get("num", value.get("number"))
    text = value.get("text", value.get("body"))
    if isinstance(text, str) and number is not None:
        lines.append(f"{number} {' '.join(text.split())}")
        return
    heading = value.get("heading", value.get("title"))
    if isinstance(heading, str) and heading.strip():
        lines.append(f"{'#' * min(level, 6)} {heading.strip()}")
    for key, inner in value.items():
        if key in ("heading", "title") or key in _SITE_KEYS:
            continue
        _render(inner, lines, level + 1)
