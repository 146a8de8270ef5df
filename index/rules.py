"""Rules applied after fusion, in the order `SearchConfig.rules` names them.

Passage rules see the fused passage scores; `join_parts` turns passages into clause hits (a
clause split into parts becomes one result); clause rules then reorder or trim the hits. A
clause rule listed before `join_parts` joins first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from index.catalogue import Catalogue
from index.config import SearchConfig
from index.direction import clause_expectations, expected_of, facing_away, question_direction
from index.query import asks_about_dates, asks_to_compare
from index.rankers import Query
from index.results import Hit
from ingest.cleanup import spoken


@dataclass
class Ranking:
    """What the rules work on: fused scores per passage, then hits per clause."""

    query: Query
    k: int
    rankings: dict[str, list[tuple[int, float]]]  # each ranker's own ranking
    fused: dict[int, float]
    pinned: set[int] = field(default_factory=set)
    hits: list[Hit] | None = None  # set by join_parts


Rule = Callable[[Ranking, Catalogue, SearchConfig], None]
RULES: dict[str, Rule] = {}
CLAUSE_RULES: set[str] = set()  # rules that work on hits (need join_parts first)


def rule(name: str, on_clauses: bool = False) -> Callable[[Rule], Rule]:
    def decorate(fn: Rule) -> Rule:
        RULES[name] = fn
        if on_clauses:
            CLAUSE_RULES.add(name)
        return fn

    return decorate


def apply_rules(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> list[Hit]:
    for name in config.rules:
        if name not in RULES:
            from ingest.errors import ProtocolError

            raise ProtocolError(f"no search rule called {name!r} (search.rules) - available: {', '.join(RULES)}")
        if name in CLAUSE_RULES and state.hits is None:
            join_parts(state, catalogue, config)
        RULES[name](state, catalogue, config)
    if state.hits is None:
        join_parts(state, catalogue, config)
    return state.hits or []


@rule("pin_decisive_keyword")
def pin_decisive_keyword(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """Rank fusion ignores margins: a clause that out-scores every other on keywords by far (an
    exact, rare phrase) is kept near the top rather than averaged away."""
    lexical = state.rankings.get("bm25", [])
    if len(lexical) > 1 and lexical[1][1] > 0 and lexical[0][1] >= config.lexical_dominance * lexical[1][1]:
        state.pinned.add(lexical[0][0])
        state.fused[lexical[0][0]] = max(state.fused.values())


@rule("pin_decisive_dense")
def pin_decisive_dense(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """The same for meaning: a passage whose cosine beats every other passage's by
    `dense_dominance` ("can the council itself punish me?" and "The Council has no power to
    sanction a councillor") is not outvoted by passages the other rankers put a little higher.
    Not in the default rules: it gained on tune but not on the test splits (README, Retrieval)."""
    if asks_about_dates(state.query.question):
        return  # a dates question is answered by the dates records (pin_date_records), not by prose
    dense = state.rankings.get("dense", [])
    if len(dense) > 1 and dense[0][1] - dense[1][1] >= config.dense_dominance:
        state.pinned.add(dense[0][0])
        state.fused[dense[0][0]] = max(state.fused.values())


@rule("pin_date_records")
def pin_date_records(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """A question about adoption or review dates gets each council's dates record as a candidate."""
    if not asks_about_dates(state.query.question):  # the question: the searched text lost "the 2022 protocol"
        return
    allowed = state.query.rowids
    for rowid in catalogue.dates_rowids:
        if allowed is None or rowid in allowed:
            state.fused.setdefault(rowid, 0.0)
            state.pinned.add(rowid)


@rule("join_parts")
def join_parts(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """Passages -> clauses, best first: a clause split into parts is one result (its best part's
    score, its best similarity); title pages are dropped; pinned hits lead."""
    if state.hits is not None:
        return
    sims = dict(state.rankings.get("dense", []))
    sims.update(catalogue.similarities(state.query.vector, (r for r in state.fused if r not in sims)))
    by_clause: dict[str, list[int]] = defaultdict(list)
    catalogue.read_clauses(state.fused)  # one query for the candidates, not one each
    for rowid in state.fused:
        c = catalogue.clauses[rowid]
        if c.kind == "front-matter":
            continue  # a title page names the document; it answers nothing
        by_clause[c.clause_key].append(rowid)
    hits = []
    for rowids in by_clause.values():
        best = max(rowids, key=lambda r: state.fused[r])
        sim = max(sims[r] for r in rowids)
        hits.append(
            Hit(
                catalogue.whole_clause(catalogue.clauses[best]),
                state.fused[best],
                float(sim),
                pinned=bool(state.pinned & set(rowids)),
                row=best,
            )
        )
    # Ties (equal fused ranks are common) break on similarity, then id: the same on every build.
    hits.sort(key=lambda h: (not h.pinned, -h.score, -h.similarity, h.clause.id))
    state.hits = hits


@rule("diversify", on_clauses=True)
def diversify_rule(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """A question naming no council gets results spread across the councils that answer it; a
    comparison question gets each council's best clause before any second ones."""
    if state.query.scoped or not config.per_council_cap or state.hits is None:
        return
    if asks_to_compare(state.query.question):
        cap, margin = 1, 1.0
    else:
        cap, margin = config.per_council_cap, config.diversity_margin
    state.hits = diversify(state.hits, state.k, cap, margin, keep_top=config.keep_top)


@rule("direction", on_clauses=True)
def direction_rule(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """A question about an officer's grievance against a councillor is not answered with the
    procedure for councillors' complaints about officers (and the other way round), nor one about
    what officers can expect of councillors with what councillors can expect of officers: clauses
    that deal only with the other side move below the others."""
    question = state.query.question
    if not state.hits or (question_direction(question) is None and expected_of(question) is None):
        return
    keep, demote = [], []
    for hit in state.hits:
        (demote if facing_away(question, hit.clause.text) else keep).append(hit)
    # ... and one about what one side can expect of the other ("what can staff count on from the
    # councillors?") is answered first by the lists of just that, which a long list's vector words
    # less closely than a short clause that shares a few words with the question.
    if wanted := expected_of(question):
        lists, others = [], []
        for hit in keep:
            (lists if wanted in clause_expectations(hit.clause.text) else others).append(hit)
        keep = lists + others
    state.hits = keep + demote


@rule("spoken_last", on_clauses=True)
def spoken_last_rule(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """A chat message or a transcript's line ("[20:41] Cllr Hollis: When I was on the district we
    could ...") is said, not adopted: such clauses move below the protocol's own, which answer the
    same question with the rule."""
    if state.hits:
        state.hits.sort(key=lambda hit: spoken(hit.clause.text))  # (stable: each side keeps its order)


@rule("same_wording", on_clauses=True)
def same_wording_rule(state: Ranking, catalogue: Catalogue, config: SearchConfig) -> None:
    """Over the whole index, a result stands for every clause with its wording: the top hits
    list the other councils' copies (index/wordings.py)."""
    if catalogue.wordings_for(state.query.rowids) is None or not state.hits:
        return
    out = []
    for i, hit in enumerate(state.hits):
        rowid = hit.row if hit.row >= 0 else catalogue.rowid_of(hit.clause.id)
        if rowid is None:  # a clause joined from parts, row not known: its first part's
            rowid = catalogue.rowid_of(catalogue.parts_of(hit.clause.id)[0].id)
        out.append(replace(hit, same_wording=catalogue.same_wording(rowid)) if i < state.k else hit)
    state.hits = out


def diversify(
    hits: list[Hit],
    k: int,
    per_council: int,
    margin: float,
    relevance_margin: float | None = None,
    keep_top: int = 0,
) -> list[Hit]:
    """Top k for a question that names no council, spread across councils (clerks compare).

    0. any pinned hit (a decisive keyword match), and the `keep_top` best hits by fused score;
    1. each council's best clause, if its similarity is within `margin` of the best overall;
    2. then, among clauses within `relevance_margin` (default 2 x `margin`), by score, at most
       `per_council` per council;
    3. then anything left, by score.
    Returned in score order."""
    if not hits:
        return []
    top = max(h.similarity for h in hits)
    relevance_margin = 2 * margin if relevance_margin is None else relevance_margin
    chosen: list[Hit] = []
    counts: dict[str, int] = defaultdict(int)

    def take(candidates: list[Hit], cap: int, first_only: bool = False) -> None:
        for hit in candidates:
            council = hit.clause.council
            if len(chosen) == k:
                return
            if hit in chosen or counts[council] >= cap or (first_only and counts[council]):
                continue
            chosen.append(hit)
            counts[council] += 1

    take([h for h in hits if h.pinned], k)
    take(hits[:keep_top], k)
    take([h for h in hits if h.similarity >= top - margin], 1, first_only=True)
    take([h for h in hits if h.similarity >= top - relevance_margin], per_council)
    take(hits, k)
    order = {id(h): i for i, h in enumerate(hits)}
    return sorted(chosen, key=lambda h: order[id(h)])
