"""Citation checks for any answer: every [n] must resolve, every quoted span must be verbatim
in the clause it cites."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.results import Hit

_MARKER = re.compile(r"\[(\d+)\]")
_CURLY = re.compile(r"\u201c([^\u201c\u201d]{8,}?)\u201d")  # may contain straight quotes
_STRAIGHT = re.compile(r'"([^"\n]{8,}?)"')


def quotes(text: str) -> list[re.Match[str]]:
    """Quoted spans: curly-quoted first, then straight-quoted ones outside them."""
    found = list(_CURLY.finditer(text))
    masked = _CURLY.sub(lambda m: " " * len(m[0]), text)
    return sorted(found + list(_STRAIGHT.finditer(masked)), key=lambda m: m.start())


def _norm(text: str) -> str:
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).lower()


@dataclass
class CheckResult:
    ok: bool
    bad_markers: list[int] = field(default_factory=list)
    bad_quotes: list[str] = field(default_factory=list)
    markers: int = 0
    quotes: int = 0


def check_citations(text: str, cited: list[Hit]) -> CheckResult:
    """Each [n] in 1..len(cited); each quote verbatim (whitespace and quote marks aside) in the
    clause of the first [n] after it. A quote may elide with '...' or '\u2026': each piece must then
    be verbatim."""
    result = CheckResult(ok=True)
    for m in _MARKER.finditer(text):
        result.markers += 1
        n = int(m[1])
        if not 1 <= n <= len(cited):
            result.bad_markers.append(n)
    for m in quotes(text):
        result.quotes += 1
        after = _MARKER.search(text, m.end())
        n = int(after[1]) if after else 0
        if not 1 <= n <= len(cited):
            result.bad_quotes.append(m[1])
            continue
        source = _norm(cited[n - 1].clause.text)
        pieces = [p for p in re.split(r"\.\.\.|\u2026", m[1]) if p.strip()]
        if not all(_norm(p).strip(" .,;") in source for p in pieces):
            result.bad_quotes.append(m[1])
    result.ok = not result.bad_markers and not result.bad_quotes
    return result


def remove_bad_citations(text: str, cited: list[Hit], check: CheckResult) -> str:
    """Drop markers that point nowhere and sentences whose quotes are not verbatim."""
    for n in set(check.bad_markers):
        text = text.replace(f"[{n}]", "")
    if check.bad_quotes:
        sentences = re.split(r"(?<=[.!?])\s+|\n", text)
        text = "\n".join(s for s in sentences if not any(q in s for q in check.bad_quotes))
    return re.sub(r"[ \t]+", " ", text).strip()
