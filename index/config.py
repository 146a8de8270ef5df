"""The index layer's own configuration: plain frozen records that `assistant.settings` builds.
`index/` never reads the application's settings; it is handed these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

BUNDLED_MODEL = "bundled"


@dataclass(frozen=True)
class IndexConfig:
    """Where the index lives and which model writes its vectors."""

    index_dir: Path
    model: str = BUNDLED_MODEL
    embed_batch_size: int = 32
    lock_timeout: float | None = None  # seconds a writer waits for another; None: no limit
    keep_previous: int = 1  # versions kept after a switch, for readers still opening them


@dataclass(frozen=True)
class SearchConfig:
    """How a question becomes a ranked list of clauses."""

    k: int = 5
    candidates: int = 40  # candidates each ranker contributes to fusion
    fusion: str = "rrf"  # "rrf" or "weighted"
    rrf_k: int = 60
    # One weight per ranker (see index/rankers/): a ranker with no weight here is not run.
    weights: dict[str, float] = field(default_factory=lambda: {"dense": 0.5, "bm25": 0.5, "concepts": 0.5})
    # Rankers that are one signal seen two ways: a clause counts its best rank among them, at their
    # summed weight (index/fusion.py), not the sum of its ranks. For searches not limited to
    # chosen councils (index/search.py).
    best_of: tuple[str, ...] = ("dense", "concepts")
    expand_queries: bool = True
    concept_expansion: bool = True  # the thesaurus's words in the lexical query too (index/concepts.py)
    expansion_weight: float = 0.35  # lexical score share of glossary words relative to the question's own
    phrase_weight: float = 0.5  # bonus for the question's own word order (phrases of 2-3 words)
    lexical_dominance: float = 2.5  # a keyword score this many times the runner-up's counts as decisive
    dense_dominance: float = 0.05  # a cosine this much above the runner-up's counts as decisive
    # Post-ranking rules, applied in this order (see index/rules.py).
    rules: tuple[str, ...] = (
        "pin_decisive_keyword",
        "pin_date_records",
        "join_parts",
        "direction",
        "spoken_last",
        "diversify",
        "same_wording",
    )
    diversity_margin: float = 0.05
    per_council_cap: int = 3
    # The best fused hits kept whatever their council or dense similarity (diversify reorders by
    # similarity, which alone would drop a clause the keyword and thesaurus rankers both put first).
    keep_top: int = 2
    # Over the whole index, a wording many councils use (a model protocol's) gets this times
    # log10(its copies) added to its fused score: first among near-equals (index/search.py).
    wording_prior: float = 0.003
