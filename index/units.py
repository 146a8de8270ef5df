"""What gets a vector: each clause as a whole (with its heading and lead-in as context) and,
for clauses of more than one sentence or item, each sentence or item on its own. A question
about one bullet of a twelve-bullet list then meets that bullet's own vector, not a blur of
all twelve. Clause similarity is the best of its vectors; the answerer quotes the sentences
whose vectors are closest. A long clause (200+ words) also gets a vector for each window of
three consecutive sentences: it is searched as passages while it is cited as the clause."""

from __future__ import annotations

import re

from ingest.abbreviations import spelled_out
from ingest.records import Clause

# (the stop looked for first: the other look-behinds only after one)
_SENTENCE = re.compile(r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bNo\.)\s+(?=[A-Z(\"'\u2018\u201c])|\n")
_MIN_WORDS = 4  # shorter sentences or items say too little to get a vector of their own
# Bump when the way clauses become vectors changes: existing indexes then re-derive their units.
# (2 gave two-word list items vectors: measured slightly worse, reverted in 3.)
# (4 adds sentence windows for long clauses.)
# (5: a line that ends in "and", "of", "the" ... goes on in the next, not a sentence of its own.)
# (6: the document's own abbreviations spelled out beside them in what is embedded.)
# (7: a list item's context is the last sentence of its lead-in paragraph, not all of it.)
# (8: an answer's "No." opening a clause is a sentence of its own, not the start of the next one's.)
# (9: ... at the clause's start or after its question only, not after a PDF's line break.)
# (10: a capitalised name a narrow column wrapped across a line break is no sentence break.)
# (11: nor a line that ends in a possessive, "the Chief Officers'" / "Appointments and Conduct Committee.")
UNITS_VERSION = "11"
# A clause this long is also searched as windows of a few consecutive sentences: its whole
# vector blurs, and one sentence alone may miss the point its neighbour makes.
LONG_CLAUSE_WORDS = 200
WINDOW_SENTENCES = 3


# A line that ends in one of these words goes on in the next line ("... the Register of Gifts and" /
# "Hospitality."): no sentence, heading or list item ends so.
_GOES_ON = re.compile(r"\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at|from|that|which|who|nor|as|into)\s*$")


# A name a narrow column wrapped ("... and then with the Chief" / "Executive if it is not resolved."):
# a line that ends in a capitalised word, and a next line that starts with the rest of an office's or a
# body's name and goes on in lower case.
_NAME_ENDS = re.compile(r"(?<![.!?;:])\b[A-Z][a-z]+$")
_NAME_GOES_ON = re.compile(
    r"(?:Executive|Officer|Clerk|Council|Director|Manager|Team|Committee|Mayor|Chair|Chairman|Leader|"
    r"Services?)(?:'s)?,? [a-z]"
)


_NEXT_ITEM = re.compile(r"\s*(?:[-\u2022*]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s")


# A line that ends in a plural possessive ("... made by the Chief Officers'" / "Appointments and Conduct
# Committee."), with no quote opened before it on the line that this could close: the name goes on.
_POSSESSIVE_ENDS = re.compile(r"(?<![.!?;:])\b[A-Za-z]+s['\u2019]$")


# ("See Minute" / "No. A5 for details.", wrapped by a PDF, is no answer: see `sentences`)
_ANSWER_WORD = re.compile(r"(?<=^No\.)\s+(?=[A-Z(\"'\u2018\u201c])")


def _possessive_goes_on(line: str) -> bool:
    """The line ends in a plural possessive that no quote opened earlier on the line could be closing."""
    last = line.rsplit("\n", 1)[-1]
    return bool(_POSSESSIVE_ENDS.search(last)) and not re.search(r"(?:^|\s)['\u2018]", last[:-1])


def sentences(text: str) -> list[str]:
    """Sentences and list items of a clause, verbatim (each is a substring of `text`)."""
    out: list[str] = []
    pos = 0
    for m in _SENTENCE.finditer(text):
        if (
            m.group(0) == "\n"
            and (
                _GOES_ON.search(text[pos : m.start()])
                or _NAME_ENDS.search(text[pos : m.start()])
                and _NAME_GOES_ON.match(text, m.end())
                or _possessive_goes_on(text[pos : m.start()])
            )
            and not _NEXT_ITEM.match(text, m.end())  # "- To represent the Council externally; and" / "- To act ..."
        ):
            continue  # the line break inside a sentence that a PDF's hard wrap left
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    # An answer's "No." is a sentence of its own where an answer stands, at the clause's start or
    # after its question ("Can I call at the Clerk's home?" / "No. Councillors must not ..."), though
    # "No." is not split from what follows elsewhere ("Minute No. 45"); "Yes." is split above already.
    out = [p.strip() for p in out if p.strip()]
    return [
        piece
        for i, p in enumerate(out)
        for piece in (_ANSWER_WORD.split(p, maxsplit=1) if i == 0 or out[i - 1].endswith("?") else [p])
    ]


def units_for(clause: Clause, glossary: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(verbatim piece, text to embed) for each vector of a clause; the first is the whole
    clause (piece = its text). Order and de-duplication match the stored vectors. `glossary`:
    the document's abbreviations ("MS" -> "Minute Secretary"), spelled out in what is embedded."""
    if glossary:
        return [(piece, spelled_out(text, glossary)) for piece, text in units_for(clause)]
    whole = clause.context_text()
    candidates = sentences(clause.text)
    # Items make sense with the sentence that introduces them ("Officers can expect ...:"): of a
    # lead-in paragraph, its last sentence (the rest of it would blur every item's vector alike).
    lead = sentences(clause.lead_in)[-1] if clause.lead_in else ""
    lead = lead or (candidates[0] if candidates and candidates[0].endswith(":") else "")
    pieces = [p for p in candidates if len(p.split()) >= _MIN_WORDS]
    out = [(clause.text, whole)]
    if len(pieces) > 1:
        heading = clause.heading.split(" > ")[-1]
        for piece in pieces:
            if piece == lead:
                continue
            context = " ".join(x for x in (heading, lead) if x)
            out.append((piece, f"{context}\n{piece}" if context else piece))
    if len(clause.text.split()) >= LONG_CLAUSE_WORDS and len(pieces) > WINDOW_SENTENCES:
        heading = clause.heading.split(" > ")[-1]
        step = max(1, WINDOW_SENTENCES - 1)  # windows overlap by one sentence
        for i in range(0, len(pieces) - 1, step):
            window = pieces[i : i + WINDOW_SENTENCES]
            if len(window) < 2:
                break
            begin = clause.text.index(window[0])
            piece = clause.text[begin : clause.text.index(window[-1], begin) + len(window[-1])]
            out.append((piece, f"{heading}\n{piece}" if heading else piece))
    seen: set[str] = set()
    unique = []
    for piece, text in out:
        if text not in seen:
            seen.add(text)
            unique.append((piece, text))
    return unique
