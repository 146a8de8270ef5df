"""The answer record a user gets back, built once by the chain, and the review-date notes."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.citations import citation
from index.results import Hit
from ingest.metadata import date_deadline, describe_date
from ingest.records import Clause, DocumentMeta


@dataclass(frozen=True)
class Answer:
    """What a user gets back: text with [n] markers, the clauses they point to, and notes."""

    question: str
    text: str
    abstained: bool
    cited: list[Hit] = field(default_factory=list)  # cited[n-1] is [n]
    notes: list[str] = field(default_factory=list)
    backend: str = "extractive"
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False)
    verdict: str | None = None  # "yes" | "no" for a yes/no question a quoted sentence answers plainly

    def to_json(self, id_: Any = None) -> dict[str, Any]:
        """The public `ask --json` object. Citations are exactly as `search` gives them,
        numbered as the answer's [n]; none when the answer abstains."""
        return {
            "id": id_,
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [] if self.abstained else [citation(h, rank=n) for n, h in enumerate(self.cited, 1)],
            "notes": list(self.notes),
            "verdict": self.verdict,
        }


def review_notes(cited: list[Hit], meta_for: Callable[[Clause], DocumentMeta | None], today: date) -> list[str]:
    """'Battle Town Council's protocol was due for review in January 2024.' for a cited protocol
    past its stated next review date; one note for several ('Past their review dates: Battle Town
    Council (January 2024), Finmere Parish Council (7 August 2023).'), a quiet line, not a list."""
    overdue: list[tuple[str, str]] = []
    seen = set()
    for hit in cited:
        meta = meta_for(hit.clause)
        if meta is None or meta.council in seen or not meta.next_review:
            continue
        seen.add(meta.council)
        if date_deadline(meta.next_review) < today:
            overdue.append((meta.council, describe_date(meta.next_review)))
    if len(overdue) == 1:
        council, when = overdue[0]
        on_or_in = "on" if when[:1].isdigit() else "in"  # "on 7 August 2023", "in January 2024"
        return [f"{council}'s protocol was due for review {on_or_in} {when}."]
    if overdue:
        return ["Past their review dates: " + ", ".join(f"{council} ({when})" for council, when in overdue) + "."]
    return []


# Which of a protocol's dates a question asks for ("when is it due for review?", "when was it adopted?").
# ("when was it last approved?" asks for the latest approval, not the first: a protocol re-approved
# in 2021 was not adopted then)
_LAST_APPROVED = (
    r"\b(?:last|most recently|latest)\s+(?:\w+\s+){0,2}?(?:re-?)?(?:approv\w*|adopt\w*|agreed|ratif\w*|signed off)"
)
_ASKS_LAST = re.compile(
    rf"\blast\s+(?:reviewed|updated|changed|amended|revised|review)\b|{_LAST_APPROVED}"
    r"|\b(?:was|were|been|did)\b(?:\s+[\w']+){0,4}\s+review(?:ed)?\b",
    re.I,
)
_ASKS_COMING = re.compile(r"\b(?:next|due|will|going to|upcoming|again|overdue|out of date|expire\w*|renew\w*)\b", re.I)
# (not "when did it come into force / take effect?": a protocol approved on one date may take effect
# on another, and the documents' dates record the approval)
_ASKS_ADOPTED = re.compile(r"\b(?:adopt\w*|approv\w*|agreed|ratif\w*|introduc\w*)\b", re.I)
_ASKS_REVIEW = re.compile(r"\breview(?:ed)?\b", re.I)
_ASKS_CHANGED = re.compile(r"\b(?:updated|amended|revised|changed)\b", re.I)


def asked_date(question: str) -> str | None:
    """The date field a question about a protocol's dates asks for, or None: what was last done
    ("last reviewed", "was reviewed"), then what is coming ("next", "due", "will ... be updated"),
    then adoption, then a review, then a change."""
    if _ASKS_LAST.search(question):
        return "last_reviewed"
    if _ASKS_COMING.search(question):
        return "next_review"
    if _ASKS_ADOPTED.search(question):
        return "adopted"
    if _ASKS_REVIEW.search(question):
        return "next_review"
    if _ASKS_CHANGED.search(question):
        return "last_reviewed"
    return None


def asked_dates(question: str) -> list[str]:
    """Every date field the question asks for, in the order a reader expects them: "adopted when,
    and when's the next review?" asks for the adoption and the next review; most ask for one."""
    first = asked_date(question)
    if first is None:
        return []
    # ("adopted when, and when was it last approved?": the adoption asked for beside the last approval)
    if first != "adopted" and _ASKS_ADOPTED.search(re.sub(_LAST_APPROVED, " ", question, flags=re.I)):
        return ["adopted", first]
    if first == "adopted" and _ASKS_REVIEW.search(question):
        return ["adopted", "next_review"]
    # "last reviewed when, and when's the next review?"
    if first == "last_reviewed" and _ASKS_COMING.search(question):
        return ["last_reviewed", "next_review"]
    return [first]


def dates_line(meta: DocumentMeta, field_names: list[str], today: date) -> str | None:
    """One sentence for the dates asked for that the document states: 'Fenby Marsh Town Council's
    protocol was adopted on 8 June 2021 and was due for review in June 2024 (that date has passed).';
    None when it states none of them."""
    said = [part for name in field_names if (part := _date_part(meta, name, today))]
    return f"{meta.council}'s protocol {' and '.join(said)}." if said else None


_WHAT_DATE = {
    "adopted": "an adoption date",
    "last_reviewed": "the date of its last review or approval",
    "next_review": "a review date",
}


def no_dates_line(council: str, field_names: list[str]) -> str:
    """'I can't find an adoption date in Mumbles Community Council's protocol.': for a protocol that
    states none of the dates asked for (the metadata's "not stated")."""
    what = " or ".join(dict.fromkeys(_WHAT_DATE[f] for f in field_names))
    return f"I can't find {what} in {council}'s protocol."


def _date_part(meta: DocumentMeta, field_name: str, today: date) -> str | None:
    value = getattr(meta, field_name, "")
    if not value:
        return None
    when = describe_date(value)
    on_in = "on" if when[:1].isdigit() else "in"
    if field_name == "adopted":
        return f"was adopted {on_in} {when}"
    if field_name == "last_reviewed":
        return f"was last reviewed or updated {on_in} {when}"
    if date_deadline(value) < today:
        return f"was due for review {on_in} {when} (that date has passed)"
    return f"is due for review {on_in} {when}"


def states_date(meta: DocumentMeta, field_name: str, clause: Clause) -> bool:
    """Whether the document's `field_name` date stands on this clause (a date line said first must):
    the clause says the date, or holds the line it was read from (its provenance, "text: 'This
    protocol will be reviewed ...'", the line's first 60 characters), or is the document's dates
    record and the date is the clerk's own (from the sidecar file)."""
    value = getattr(meta, field_name)
    if not value:
        return False
    text = " ".join(clause.text.split()).lower()
    # ("on 14 March 2023", "in May 2027")
    if describe_date(value).lower() in text:
        return True
    source = meta.provenance.get(field_name, "")
    if source.startswith("sidecar"):
        return clause.kind == "dates"
    if not source.startswith("text: "):
        return False
    try:
        line = ast.literal_eval(source[len("text: ") :])
    except (ValueError, SyntaxError):
        return False
    # (the line may begin with the clause's number, which the clause's text leaves out)
    line = " ".join(_LEADING_NUMBER.sub("", str(line)).split()).lower()
    return len(line) >= 10 and line in text


# "11.1 ", "11.1This", "(a) ", "iv. "
_LEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?(?=\s|[A-Z])|\(?[a-zA-Z]\)|[ivxlIVXL]+[.)])\s*")
