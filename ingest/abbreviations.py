"""A document's own abbreviations: "the Minute Secretary (MS)", "HoPS - Head of Paid Service".

Protocols define short forms once and use them throughout ("The MS takes instructions only from
the Chair"); a question says "minute secretary", and the model does not know that MS is one. The
index embeds a clause with its abbreviations spelled out beside them (`spelled_out`); the clause
itself, and every quote from it, stays as the document writes it.
"""

from __future__ import annotations

import re

# "ABBR": two to six letters, capitals first ("MS", "AMCC", "HoPS", "DC").
_ABBR = r"[A-Z][A-Za-z]{0,4}[A-Z]"
# "the Minute Secretary (MS)", "Dalmorach Council ("DC")", "(the "MO")": the words before it.
_DEFINED_AFTER = re.compile(
    rf"((?:[A-Z][\w'’-]{{0,30}}|of|and|&|the|for)(?:\s+(?:[A-Z][\w'’-]{{0,30}}|of|and|&|the|for)){{0,7}})"
    rf"\s+\((?:the\s+)?[\"“‘']?({_ABBR})[\"”’']?\)"
)
# "MS - Minute Secretary", "DC = Dalmorach Council", "HoPS: Head of Paid Service" in a key.
_KEY_ENTRY = re.compile(
    rf"(?:^|[,;:\n]\s*)({_ABBR})\s*(?:-|–|=|:)\s*"
    rf"([A-Z][\w'’-]{{0,30}}(?:\s+(?:[A-Z&][\w'’-]{{0,30}}|of|and|for|the)){{0,7}})"
)
# "Minute Secretary: MS, Dalmorach Council: DC": a key written the other way round.
_KEY_ENTRY_AFTER = re.compile(
    rf"([A-Z][\w'’-]{{0,30}}(?:\s+(?:[A-Za-z&][\w'’-]{{0,30}})){{0,6}})\s*(?:-|–|=|:)\s*({_ABBR})(?=\s*(?:[,;.\n]|$))"
)
_SMALL = {"of", "and", "&", "the", "for"}


def _initials_match(abbr: str, words: list[str]) -> list[str] | None:
    """The shortest run of trailing `words` whose capitalised words' initials spell `abbr`
    ("Head of Paid Service" for HoPS, "Minute Secretary" for MS), or None."""
    letters = abbr.upper()
    for start in range(len(words) - 1, -1, -1):
        run = words[start:]
        if run[0].lower() in _SMALL:
            continue
        initials = "".join(w[0] for w in run if w.lower() not in _SMALL).upper()
        full = "".join(w[0] for w in run).upper()
        if letters in (initials, full):
            return run
        if len(initials) > len(letters):
            return None
    return None


def abbreviations(text: str) -> dict[str, str]:
    """Short form -> what it stands for, as the document defines it."""
    found: dict[str, str] = {}
    for m in _DEFINED_AFTER.finditer(text):
        words = m[1].split()
        run = _initials_match(m[2], words)
        if run:
            found.setdefault(m[2], " ".join(run))
    for m in _KEY_ENTRY.finditer(text):
        words = m[2].split()
        for end in range(1, len(words) + 1):  # the first words after it whose initials spell it
            if (run := _initials_match(m[1], words[:end])) and run[0] == words[0]:
                found.setdefault(m[1], " ".join(run))
                break
    for m in _KEY_ENTRY_AFTER.finditer(text):
        if run := _initials_match(m[2], m[1].split()):
            found.setdefault(m[2], " ".join(run))
    return found


def spelled_out(text: str, glossary: dict[str, str]) -> str:
    """`text` with each abbreviation it uses followed by what it stands for ("The MS (Minute
    Secretary) takes ..."), where the text does not say so already."""
    for abbr, full in glossary.items():
        if full.lower() in text.lower():
            continue
        text = re.sub(rf"\b{re.escape(abbr)}\b(?!\s*\()", f"{abbr} ({full})", text)
    return text
