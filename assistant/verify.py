"""Citation checks for any answer: every [n] must resolve, every quoted span must be verbatim
in the clause it cites, and (for LLM answers) every sentence must be supported by its clause."""

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


def neutralise_markers(text: str) -> str:
    """Clause text with its own "[9]"-style markers shown as "(9)", so they cannot pass for citations."""
    return _MARKER.sub(r"(\1)", text)


def _norm(text: str) -> str:
    text = neutralise_markers(text)
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


# Words that carry no evidence: function words, and the words every protocol clause uses.
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can cannot could did do does doing down during each either else every few
    for from further had has have having he her here hers him his how however i if in into is it its itself
    just may me might more most must my need needs neither no nor not now of off on once only or other our
    ours out over own per same shall she should so some such than that the their theirs them then there
    these they this those through to too under until up upon very was we were what when where whether which
    while who whom whose why will with within without would yes you your
    council councils councillor councillors clerk officer officers member members protocol parish town
    community authority""".split()
)


def content_words(text: str) -> set[str]:
    """Stems (first five letters) of the words that carry meaning: no stopwords, no numbers."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _STOPWORDS}


def sentence_support(sentence: str, clause_text: str) -> float:
    """Share of the sentence's content words found in the clause (1.0 when it has none)."""
    words = content_words(_MARKER.sub(" ", sentence))
    return len(words & content_words(clause_text)) / len(words) if words else 1.0


def unsupported_sentences(text: str, cited: list[Hit], threshold: float) -> list[str]:
    """Sentences whose content words are not (to `threshold`) in the clauses they cite; a
    sentence citing nothing is measured against the best of all the clauses."""
    out = []
    for sentence in _sentences(text):
        numbers = [int(n) for n in _MARKER.findall(sentence) if 1 <= int(n) <= len(cited)]
        pool = [cited[n - 1] for n in numbers] or cited
        texts = [f"{h.clause.heading} {h.clause.text}" for h in pool]
        if texts and max(sentence_support(sentence, t) for t in texts) < threshold:
            out.append(sentence)
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])|\n", text) if s.strip()]


def remove_sentences(text: str, sentences: list[str]) -> str:
    for sentence in sentences:
        text = text.replace(sentence, "")
    return re.sub(r"[ \t]+", " ", text).strip()
