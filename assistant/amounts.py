"""Sums of money in a question and limits in a protocol's sentence: "a £15 bottle of wine" against
"gifts worth more than £10", "up to a value of 20 pounds", "(under £10)", "£30 or more".

Pure string work, no project imports: `assistant.verdict` decides what a limit means for a Yes/No."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUM = r"(?:£\s?(\d+(?:\.\d\d)?)|\b(\d+(?:\.\d\d)?)\s*(?:pounds|quid|gbp)\b)"
_MONEY = re.compile(_SUM, re.IGNORECASE)
# What a question says of its sum: "well under £15" is less than 15, "over £40" more than 40.
_BELOW_ASKED = re.compile(r"\b(?:under|less than|below|no more than|not more than|up to)\s+(?:about\s+)?$")
_ABOVE_ASKED = re.compile(r"\b(?:over|more than|above|at least)\s+(?:about\s+)?$")

# A limit and which side of it the sentence speaks of. "up to", "no more than", "£10 or less": the sum
# and below ("at_most"); "less than", "under", "below": below only ("below"); "more than", "over",
# "exceeds": above only ("above"); "£30 or more": the sum and above ("at_least").
_VALUE = r"(?:(?:a|the|its|their)\s+)?(?:(?:total\s+)?value\s+(?:of\s+)?|worth\s+)?"
_NOT = r"(?<!\bno )(?<!\bnot )"  # "no more than £15" is no "more than £15"
_AT_MOST = r"up to|no more than|not more than|not exceeding|a maximum of"
_BELOW = r"less than|under|below|lower than"
_ABOVE = r"more than|over|above|exceeding|exceeds|in excess of|greater than"
_LIMITS = (
    ("at_most", re.compile(rf"\b(?:{_AT_MOST})\s+{_VALUE}{_SUM}", re.I)),
    ("at_most", re.compile(rf"{_SUM}\s+(?:in value\s+)?or (?:less|under|below)\b", re.I)),
    ("below", re.compile(rf"{_NOT}\b(?:{_BELOW})\s+{_VALUE}{_SUM}", re.I)),
    ("above", re.compile(rf"{_NOT}\b(?:{_ABOVE})\s+{_VALUE}{_SUM}", re.I)),
    ("at_least", re.compile(rf"{_SUM}\s+(?:in value\s+)?or (?:more|over|above)\b", re.I)),
)


@dataclass(frozen=True)
class Limit:
    """A sum a sentence sets a rule at: `side` is which values the rule speaks of."""

    side: str  # "at_most" | "below" | "above" | "at_least"
    amount: float
    start: int  # where the limit's words start in the sentence

    def holds(self, value: float) -> bool:
        """The value is on the side of the limit the sentence speaks of."""
        return {
            "at_most": value <= self.amount,
            "below": value < self.amount,
            "above": value > self.amount,
            "at_least": value >= self.amount,
        }[self.side]

    def holds_for(self, values: tuple[float, float]) -> bool | None:
        """Every value of the range is on the sentence's side (True), none is (False), or some are
        and some are not (None: "gifts over £10" against "up to £25")."""
        low, high = values
        first, last = self.holds(low), self.holds(high)
        return first if first == last else None

    @property
    def upper(self) -> bool:
        """The rule speaks of values up to the sum ("up to £20", "under £10")."""
        return self.side in ("at_most", "below")


def _amount(match: re.Match[str]) -> float:
    return float(match.group(1) or match.group(2))


def names_a_sum(text: str) -> bool:
    """Whether the text names a sum of money ("a £15 bottle", "20 quid")."""
    return bool(_MONEY.search(text))


# A sum a thing is said to be worth, limit word or none: "gifts valued at £25", "hospitality of £50".
_WORTH = re.compile(rf"\b(?:worth|valued at|value of|of)\s+{_SUM}", re.I)


def names_a_limit(sentence: str) -> bool:
    """Whether the sentence sets any limit on a sum ("worth more than £25", "£30 or more", "gifts valued
    at £25"), one or several."""
    return bool(_WORTH.search(sentence)) or any(pattern.search(sentence) for _, pattern in _LIMITS)


def asked_amount(question: str) -> tuple[float, float] | None:
    """The one sum of money a question names, as the range of values it may be: "a £15 bottle of
    wine" (15, 15), "worth 12 quid" (12, 12), "well under £15" (0, just under 15), "gifts over £20"
    (just over 20, no end); None for none, or for several different sums."""
    ranges = set()
    for m in _MONEY.finditer(question):
        value = _amount(m)
        before = question[max(0, m.start() - 30) : m.start()].lower()
        if _BELOW_ASKED.search(before):
            ranges.add((0.0, value - 0.01))
        elif _ABOVE_ASKED.search(before):
            ranges.add((value + 0.01, float("inf")))
        else:
            ranges.add((value, value))
    return ranges.pop() if len(ranges) == 1 else None


def sentence_limit(sentence: str) -> Limit | None:
    """The one limit a sentence sets ("worth more than £15", "up to a value of 20 pounds"); None when
    it names no sum, a sum with no limit word, or several different limits."""
    found = {}
    for side, pattern in _LIMITS:
        for m in pattern.finditer(sentence):
            amount = float(next(g for g in m.groups() if g))
            found.setdefault((side, amount), m.start())
    sums = {_amount(m) for m in _MONEY.finditer(sentence)}
    if len(found) != 1 or len(sums) != 1:
        return None
    (side, amount), start = next(iter(found.items()))
    return Limit(side, amount, start)
