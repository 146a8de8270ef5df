"""Yes or No, and only when a quoted sentence says so plainly.

Pure functions on strings. A question asks for a verdict when it is a yes/no question (a modal:
must, can, may, should, is it OK, am I allowed, do I have to, does X let ...). A sentence gives a
verdict only when its polarity is explicit ("no power to require", "should not", "must not",
"can legitimately refuse", "have the same right", "may", "is entitled to") and it is about the
same action (a shared verb family) in the same direction (who does what to whom: councillor ->
officer is not officer -> councillor). A wrong Yes/No is worse than none, so every doubt is "no
verdict".

The checks live in modules by concept, each importing only the ones listed before it:

- `words`: normalised words, stems, verb families, thesaurus concepts, roles;
- `question`: whether a question asks yes or no, and what it asks;
- `polarity`: what a sentence says plainly, its parts and conditions;
- `action`: whether question and sentence are about the same act;
- `direction`: who does what to whom;
- `objects`: what the act is done to;
- `people`, `things`, `circumstances`: withholding when the people, the thing or the
  circumstances differ;
- `exceptions`: conditions and exceptions the question meets or denies;
- `statements`: verdicts from statements of fact, routes and amounts;
- `judge`: `sentence_verdict`, one sentence on one question;
- `passages`: a sentence in its passage (pronouns, list lead-ins);
- `councils`: one verdict from many sentences and councils (`choose_verdict`).

This module gives the names the rest of the project uses.
"""

from __future__ import annotations

from assistant.verdict.action import NOT_REQUIRED, about_the_action, meeting_kinds, same_action, same_rule_verb
from assistant.verdict.circumstances import meeting_differs, party_meeting_differs
from assistant.verdict.councils import choose_verdict, contradicted, councils_differ, excepted, leaning
from assistant.verdict.direction import direction, same_direction, speaker_role
from assistant.verdict.judge import Verdict, sentence_verdict
from assistant.verdict.objects import names_a_purpose, object_addressed, rule_object, use_rule_for
from assistant.verdict.passages import (
    is_list_item,
    refers_back,
    sentence_before,
    text_before,
    with_lead_in,
    with_subject,
    without_inline_heading,
)
from assistant.verdict.polarity import (
    conditional_polarity,
    fact_polarity,
    main_clause,
    present_fact_polarity,
    sentence_polarity,
    split_condition,
    sub_clauses,
    subject_rules,
)
from assistant.verdict.question import FACT, OBLIGATION, PERMISSION, is_yes_no, question_modality, uninverted, untagged
from assistant.verdict.statements import amount_verdict
from assistant.verdict.things import asks_own_purpose, for_another_purpose
from assistant.verdict.words import content_words, roles_in_order, starts_with_pronoun

__all__ = [
    "about_the_action",
    "amount_verdict",
    "asks_own_purpose",
    "choose_verdict",
    "conditional_polarity",
    "content_words",
    "contradicted",
    "councils_differ",
    "direction",
    "excepted",
    "FACT",
    "fact_polarity",
    "for_another_purpose",
    "is_list_item",
    "is_yes_no",
    "leaning",
    "main_clause",
    "meeting_differs",
    "meeting_kinds",
    "names_a_purpose",
    "NOT_REQUIRED",
    "object_addressed",
    "OBLIGATION",
    "party_meeting_differs",
    "PERMISSION",
    "present_fact_polarity",
    "question_modality",
    "refers_back",
    "roles_in_order",
    "rule_object",
    "same_action",
    "same_direction",
    "same_rule_verb",
    "sentence_before",
    "sentence_polarity",
    "sentence_verdict",
    "speaker_role",
    "split_condition",
    "starts_with_pronoun",
    "sub_clauses",
    "subject_rules",
    "text_before",
    "uninverted",
    "untagged",
    "use_rule_for",
    "Verdict",
    "with_lead_in",
    "with_subject",
    "without_inline_heading",
]
