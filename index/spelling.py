"""Misspelt words in a question put right, toward the protocols' own words: "the officer's
recomendation" is searched and judged as "recommendation", "the hall commitee" as "committee".

Users type fast and misspell; BM25 then misses the word and the Yes/No rules do not see it. A word
is put right only when all of these hold, so that a word the user meant is never changed:
- it has at least `MIN_LETTERS` letters (short words are too often names or slang: "cttee", "comms");
- it is not capitalised inside a sentence (a name: "Woking", "Mrs Hindle");
- it is neither in the index (a place, a post, a council's own term) nor an English word (British
  spellings and everyday chat words included: the dictionary is American, so "prioritise" is
  checked as "prioritize" and is not a misspelt "priorities");
- exactly one English word is one edit away (pyspellchecker's candidates, Norvig's method), it has
  no apostrophe, and the index has it: "politican" may be "political" or "politician", and
  "theres" is "there's", so neither is changed.

An American spelling whose British form the index has is put in that form ("councilor",
"behavior", "organize"): the Yes/No rules and BM25 know the protocols' words.

Pure functions over a word test (`in_index`); the English dictionary is loaded on first use
(0.2-0.3 s), and only for a word that `known_english` does not already call English (the words
of the bundled model's vocabulary that the dictionary knows too: "complain", "weekend"; see
`index.query.english_words`): such a word is left as typed, as the dictionary would leave it, and
most questions never load the dictionary."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache
from typing import Any

MIN_LETTERS = 6
_SENTENCE_START = re.compile(r"(?:^|[.!?:\-\u2013]\s*|\n)\s*['\"\u2018\u201c(]?$")
# A word of letters only, not part of a word with an apostrophe or a digit ("don't", "cllr's", "9am").
_WORD = re.compile(r"(?<![\w'\u2019])[A-Za-z]+(?![\w'\u2019])")


# Words people type in chat that the dictionary lacks ("texting" is not a misspelt "testing").
_EVERYDAY = (
    "texting texted whatsapp gmail hotmail admin cllr cllrs kerb kerbs cheque cheques fete fetes jewellery "
    "pyjamas aluminium sceptical programme programmes mum mums grey tyre tyres plough storey storeys"
).split()
# The dictionary's spellings are American: British ones ("prioritise", "neighbour", "centre") are words
# too, not misspellings of a protocol's "priorities". (US ending, British ending.)
_BRITISH = (
    ("ize", "ise"), ("izes", "ises"), ("ized", "ised"), ("izing", "ising"), ("ization", "isation"),
    ("izations", "isations"), ("yze", "yse"), ("yzed", "ysed"), ("yzing", "ysing"),
    ("or", "our"), ("ors", "ours"), ("ored", "oured"), ("oring", "ouring"), ("orable", "ourable"),
    ("orite", "ourite"), ("orites", "ourites"), ("eled", "elled"), ("eling", "elling"), ("eler", "eller"),
    ("elers", "ellers"), ("ense", "ence"), ("enses", "ences"), ("ilor", "illor"), ("ilors", "illors"),
)  # fmt: skip
# Endings that are British only in some words ("centre", but "administer"): a British word with
# them is a word, but an American word is not changed to them.
_BRITISH_SOME = (("ter", "tre"), ("ters", "tres"), ("ber", "bre"), ("log", "logue"), ("logs", "logues"),
                 ("gram", "gramme"))  # fmt: skip


def _british(word: str) -> list[str]:
    """The British spellings an American word may have ("councilor" -> "councillor")."""
    return [word[: -len(us)] + uk for us, uk in _BRITISH if word.endswith(us) and len(word) > len(us) + 2]


def _american(word: str) -> list[str]:
    """The American spellings a British word may have ("prioritise" -> "prioritize")."""
    return [
        word[: -len(uk)] + us for us, uk in _BRITISH + _BRITISH_SOME if word.endswith(uk) and len(word) > len(uk) + 2
    ]


@lru_cache(maxsize=1)
def english() -> Any:  # noqa: ANN401 - spellchecker.SpellChecker
    """The English dictionary (about 0.2 s to load): edits of one letter only; everyday chat words
    count as words."""
    from spellchecker import SpellChecker

    dictionary = SpellChecker(distance=1)
    dictionary.word_frequency.load_words(_EVERYDAY)
    return dictionary


def _is_english(word: str, dictionary: Any) -> bool:  # noqa: ANN401
    return word in dictionary or any(us in dictionary for us in _american(word))


def correction(
    word: str,
    in_index: Callable[[str], bool],
    dictionary: Any = None,  # noqa: ANN401
    known_english: Container[str] = (),
) -> str | None:
    """The word `word` (lower case) was meant to be, or None to leave it as typed. `known_english`:
    words known to be English without the dictionary (it is loaded only for other words)."""
    if len(word) < MIN_LETTERS or in_index(word):
        return None
    # "councilor", "behavior": the protocols' British spelling of the same word.
    if british := next((b for b in _british(word) if in_index(b)), None):
        return british
    if word in known_english:
        return None
    dictionary = dictionary or english()
    if _is_english(word, dictionary):
        return None
    near = dictionary.candidates(word) or set()
    # (one English word one letter away, and the index's: "politican" may be "political" or
    # "politician", "threated" "treated" or "threatened"; "theres" is "there's")
    if len(near) != 1 or any(not c.isalpha() for c in near):
        return None
    (meant,) = near
    return meant if in_index(meant) else None


def respell(
    text: str,
    in_index: Callable[[str], bool],
    dictionary: Any = None,  # noqa: ANN401
    known: dict[str, str | None] | None = None,
    known_english: Container[str] = (),
) -> str:
    """`text` with its misspelt words put right (see the module's rules); the rest as typed. `known`:
    corrections already worked out against the same index, by word, and kept for the next text;
    `known_english` as for `correction`."""
    known = {} if known is None else known

    def fixed(match: re.Match[str]) -> str:
        typed = match.group(0)
        # (a capital inside a sentence is a name: "Woking", "Epping", "Mrs Hindle")
        if typed[0].isupper() and not _SENTENCE_START.search(text[: match.start()]):
            return typed
        word = typed.lower()
        if word not in known:
            known[word] = correction(word, in_index, dictionary, known_english)
        meant = known[word]
        if meant is None:
            return typed
        return meant.capitalize() if typed[0].isupper() else meant

    return _WORD.sub(fixed, text)
