"""Compare councils: one row per council - its most relevant clause(s), or a gap."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from assistant.answer import asked_dates, states_date
from assistant.citations import citation
from assistant.scope import ScopeCheck
from assistant.settings import AnswerSettings
from assistant.verdict import same_action
from assistant.view import NO_EQUIVALENT
from index.concepts import concepts_for, topic_stems
from index.query import asks_about_dates
from index.results import Hit
from index.search import ProtocolIndex
from index.wordings import same_words


@dataclass
class CompareRow:
    council: str
    hits: list[Hit]  # empty: the council's protocol has no equivalent provision
    sentence: str = ""  # the sentence of its first clause closest to the question
    same_wording_as: list[str] = field(default_factory=list)  # councils whose sentence has the same words

    @property
    def found(self) -> bool:
        return bool(self.hits)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def similar_wording(a: str, b: str, threshold: float = 0.6) -> bool:
    """Sentences mostly in the same words (overlap of their word sets): a council that words the
    provision so has it, even if its sentence is a little further from the question."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def compare(
    index: ProtocolIndex,
    scope: ScopeCheck,
    question: str,
    config: AnswerSettings | None = None,
    councils: list[str] | None = None,
) -> list[CompareRow]:
    """Each council's best clause(s) for the question: its first search result, and another whose
    best sentence is nearly as close; a council is judged by its best sentence (a long clause's
    one relevant sentence is not diluted by the rest). A council's best counts if it
    reaches the scope check's floor and it is close to the best any council has - or it words
    the same thing almost as an equivalent council does (no invented gaps)."""
    config = config or AnswerSettings()
    # A topic of a word or two ("press", "bullying") is too little for the search and the similarity
    # tests: it is compared as the thesaurus's name for what it touches ("press: the media and press
    # releases").
    # And a council whose protocol says no word of such a topic, nor of the thesaurus's name for it, has no
    # provision on it, however near its closest clause comes ("whistleblowing" had shown every council's
    # clauses on raising concerns).
    short = len(question.split()) <= 3
    stems = topic_stems(question) if short else frozenset()
    if short and (topics := concepts_for(question)):
        question = f"{question}: {'; '.join(topics)}"
    names = councils or candidate_councils(index, question, config.compare_max_councils)
    found: dict[str, tuple[float, str, list[Hit]]] = {}
    # For a question about dates, the clauses that state them (asked_dates: which; all when it names none)
    dates = asks_about_dates(question)
    fields = (asked_dates(question) or ["adopted", "last_reviewed", "next_review"]) if dates else []
    dated: dict[str, list[Hit]] = {}
    acting: dict[str, bool] = {}  # a sentence of the clauses shown is about the question's act
    for council in names:
        if stems and not index.catalogue.mentions(council, stems):
            continue
        result = index.search(question, k=config.compare_k, councils=[council])
        if not result.hits or result.query_vector is None:
            continue
        if dates:
            dated[council] = [h for h in result.hits if _states_dates(index, fields, h)]
            continue  # (judged by the dates they state, below, not by similarity)
        best_of: dict[str, tuple[float, str]] = {}
        pieces: dict[str, list[str]] = {}
        for h in result.hits:
            scored = index.catalogue.scored_sentences(h.clause, result.query_vector) or [(h.clause.text, h.similarity)]
            piece, sim = max(scored, key=lambda x: x[1])
            best_of[h.clause.id] = (sim, piece)
            pieces[h.clause.id] = [p for p, _ in scored]
        best = max(v[0] for v in best_of.values())
        # (whether this council's clause is close enough: the floor. Whether the question is one the
        # protocols deal with at all is the refusal's, before a compare, and the same for every council)
        top = max(best, max(h.similarity for h in result.hits))
        if top >= scope.floor:
            # The search's order (which also weighs keywords and the thesaurus) picks the council's
            # clause; a further one is shown when its best sentence is nearly as close.
            first, *rest = result.hits
            kept = [first] + [h for h in rest if best_of[h.clause.id][0] >= best - config.compare_second_gap]
            found[council] = (best, best_of[first.clause.id][1], kept[: config.compare_per_council])
            shown = kept[: config.compare_per_council]
            acting[council] = any(same_action(question, p, by_concept=True) for h in shown for p in pieces[h.clause.id])
    if dates:
        # A protocol's dates are in it or not: a council has them when a clause found states one (its
        # dates record, or a clause that says the date); dated lines sit too far from any question for
        # the similarity tests ("adoption dates" had made gaps of three councils that state them).
        found = {
            c: (1.0, hits[0].clause.text.split("\n", 1)[0], hits[: config.compare_per_council])
            for c, hits in dated.items()
            if hits
        }
        equivalent = set(found)
    else:
        overall = max((v[0] for v in found.values()), default=0.0)
        equivalent = {c for c, v in found.items() if v[0] >= overall - config.compare_equivalent_gap}
        for c, v in found.items():
            if c not in equivalent and any(similar_wording(v[1], found[e][1]) for e in equivalent):
                equivalent.add(c)
            # A council whose clause shown has a sentence about the question's act has the provision,
            # however much closer another council's wording comes: with many councils compared, the
            # closest is very close, and the gap alone made gaps of councils that say it in other words
            # ("Officers will not attend party group meetings" beside another's near-copy of the question).
            elif c not in equivalent and acting[c] and v[0] >= overall - config.compare_acting_gap:
                equivalent.add(c)
    rows = []
    for c in names:
        if c in equivalent:
            sim, sentence, hits = found[c]
            # Shown as "same wording" only when it is: the same words apart from the councils' names.
            same = [e for e in names if e != c and e in equivalent and same_words(sentence, c, found[e][1], e)]
            rows.append(CompareRow(c, hits, sentence, same))
        else:
            rows.append(CompareRow(c, []))
    return rows


def _states_dates(index: ProtocolIndex, fields: list[str], hit: Hit) -> bool:
    """The clause is the protocol's dates record, or states one of the dates `fields`."""
    if hit.clause.kind == "dates":
        return True
    meta = index.catalogue.document_meta(hit.clause)
    return meta is not None and any(states_date(meta, f, hit.clause) for f in fields)


def candidate_councils(index: ProtocolIndex, question: str, limit: int) -> list[str]:
    """Every council when there are at most `limit`; else up to `limit` councils whose clauses
    answer the question most closely (a search of every council, ignoring any council or year the
    question names, results spread across councils; copies of a result's wording after the
    results), in index order."""
    if len(index.councils) <= limit:
        return list(index.councils)
    hits = index.search(question, k=limit * 4, detect=False).hits
    # Each result's own council first (a different wording each), then the councils that share a
    # result's wording (over the whole index one result stands for all its copies).
    ranked = [h.clause.council for h in hits] + [c for h in hits if h.same_wording for c in h.same_wording.councils]
    chosen = set(list(dict.fromkeys(ranked))[:limit])
    return [c for c in index.councils if c in chosen]


def false_gaps(rows: list[CompareRow], expected: set[str]) -> set[str]:
    """Councils expected to have a provision that the comparison shows as a gap."""
    return {r.council for r in rows if not r.found and r.council in expected}


def shown_note(rows: list[CompareRow], indexed: int, chosen: bool = False) -> str:
    """Says when a comparison the user did not limit shows only some of the councils indexed
    ('' when it shows all, or when the user chose the councils)."""
    if chosen or len(rows) >= indexed:
        return ""
    return (
        f"Showing the {len(rows)} council{'s' if len(rows) != 1 else ''} whose protocols answer this most closely, "
        f"of {indexed} indexed; choose councils (--council, or the sidebar) to compare others."
    )


def rows_to_json(question: str, rows: list[CompareRow], indexed: int | None = None) -> dict:
    return {
        "question": question,
        **({} if indexed is None else {"councils_in_index": indexed}),
        "rows": [
            {
                "council": r.council,
                "found": r.found,
                "citations": [citation(h, rank=i) for i, h in enumerate(r.hits, 1)],
                "note": "" if r.found else NO_EQUIVALENT,
                "same_wording_as": r.same_wording_as,
            }
            for r in rows
        ],
    }


def dumps(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)
