"""Times of day in a question and the hours a protocol's sentence rules on: "at half 8 in the
evening" against "never after 7pm", "at 7.30" against "between 6pm and 8am".

Pure string work, no project imports: `assistant.verdict` uses it to tell whether a rule's hours
take in the question's time when their numbers differ."""

from __future__ import annotations

import re

_WORD_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_H = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_AMPM = r"\s*(am|pm|a\.m\.|p\.m\.)"
# "7pm", "7.30pm", "half 8 in the evening", "9 at night", "10 o'clock at night"
_PART_OF_DAY = r"(?:\s+(at night|in the evening|in the morning|tonight))?"
_ASKED = re.compile(rf"\b(half(?: past)? )?{_H}(?:[.:](\d\d))?(?:{_AMPM}|\s*o'?clock)?{_PART_OF_DAY}\b")
_AFTER = re.compile(rf"\b(?:after|later than|past|beyond)\s+{_H}(?:[.:](\d\d))?{_AMPM}")
_BEFORE = re.compile(rf"\b(?:before|earlier than)\s+{_H}(?:[.:](\d\d))?{_AMPM}")
_SPAN = re.compile(rf"\b(?:between\s+)?{_H}(?:[.:](\d\d))?{_AMPM}\s*(?:and|to|-|\u2013)\s*{_H}(?:[.:](\d\d))?{_AMPM}")
_OUTSIDE = re.compile(r"\b(?:outside|out of|other than|not during)\b[^.;]{0,30}$")


def _hour(h: str, minutes: str | None, ampm: str | None) -> float:
    value = float(_WORD_HOURS.get(h, h) if not h.isdigit() else int(h)) % 12
    if ampm and ampm.startswith("p"):
        value += 12
    return value + (int(minutes) / 60 if minutes else 0.0)


def asked_hour(question: str) -> float | None:
    """The one time of day a question names, on a 24-hour clock: "at 7pm" 19, "half 8 in the
    evening" 20.5, "9 at night" 21; None when it names none it can place (a bare "at 7"), or
    several."""
    found = set()
    for m in _ASKED.finditer(question.lower()):
        half, h, minutes, ampm, when = m.groups()
        if not (ampm or when):
            continue
        if not ampm:
            ampm = "am" if when == "in the morning" else "pm"
        value = _hour(h, minutes, ampm) + (0.5 if half else 0.0)
        # "runs on past 10 at night" is after 10, "before 9" before it
        before = question.lower()[max(0, m.start() - 12) : m.start()]
        if re.search(r"\b(?:past|after|gone|later than|beyond)\s+$", before):
            value += 0.01
        elif re.search(r"\b(?:before|earlier than)\s+$", before):
            value -= 0.01
        if 0 <= value < 24:
            found.add(value)
    return found.pop() if len(found) == 1 else None


def ruled_hours(sentence: str) -> list[tuple[float, float]] | None:
    """The hours a sentence's rule is about, as spans on a 24-hour clock ("after 6pm" is 18 to
    24; "before 9am" 0 to 9; "between 6pm and 8am" 18 to 24 and 0 to 8; "outside 8am to 6pm" 0 to
    8 and 18 to 24); None when it names no hours."""
    s = sentence.lower()
    spans: list[tuple[float, float]] = []
    for m in _SPAN.finditer(s):
        start, end = _hour(*m.groups()[0:3]), _hour(*m.groups()[3:6])
        inside = [(start, end)] if start < end else [(start, 24.0), (0.0, end)]
        if _OUTSIDE.search(s[: m.start()]):
            inside = [(0.0, start), (end, 24.0)] if start < end else [(end, start)]
        spans += inside
    if not spans:
        spans += [(_hour(*m.groups()), 24.0) for m in _AFTER.finditer(s)]
        spans += [(0.0, _hour(*m.groups())) for m in _BEFORE.finditer(s)]
    return spans or None


def within(hour: float, spans: list[tuple[float, float]]) -> bool:
    """The hour falls in one of the spans (ends excluded: "after 6pm" does not take in 6pm)."""
    return any(start < hour < end or hour == start == 0.0 for start, end in spans)
