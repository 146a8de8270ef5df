"""Does the corpus answer this question at all? Abstain rather than quote something unrelated.

Two signals, calibrated on the eval set (`protocols eval` reports the result):
- the best clause's cosine similarity to the question must reach `abstain_threshold` - a
  floor for questions unlike anything in the protocols;
- the question must be closer to its best clause than to any of a few descriptions of
  council business that member/officer protocols do not cover (planning, allowances,
  elections, meeting procedure, facilities, staff pay ...) by `scope_margin`. A zero-shot
  "out of scope" class: the model judges "how much is the Clerk paid" nearer to "the Clerk's
  salary and contract" than to any clause about the Clerk.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# General council business that member/officer protocols do not govern.
OUT_OF_SCOPE_TOPICS = (
    "planning applications, planning committee and development control",
    "council tax, the precept, budgets, grants and council finances",
    "councillors' allowances, expenses, mileage and payments",
    "election dates, polling stations, nomination papers and the electoral register",
    "quorum, agendas, minutes, voting and procedure at council meetings",
    "the number of councillors, committee membership and who sits on which committee",
    "remote or online meetings on Zoom or Teams",
    "booking the village hall, community centre, sports pitches and facilities",
    "allotments, cemeteries, burial grounds, parks and play areas",
    "roads, potholes, street lighting, parking, litter, waste collection and recycling",
    "the Clerk's salary, pay scale, contract, notice period, pension, holidays and sick leave",
    "how to contact the council, opening hours and office address",
    "civic events, town twinning and the mayor's charity",
)


@dataclass(frozen=True)
class ScopeVerdict:
    answerable: bool
    best_similarity: float
    out_of_scope_similarity: float
    nearest_out_of_scope_topic: str
    reason: str = ""


class ScopeCheck:
    """Decides whether retrieved clauses answer a question."""

    def __init__(self, embedder, floor: float, margin: float) -> None:  # noqa: ANN001
        self._embedder = embedder
        self._topics: np.ndarray | None = None
        self.floor = floor
        self.margin = margin

    def topic_vectors(self) -> np.ndarray:
        if self._topics is None:
            self._topics = self._embedder.embed(list(OUT_OF_SCOPE_TOPICS))
        return self._topics

    def verdict(self, query_vector: np.ndarray, best_similarity: float) -> ScopeVerdict:
        sims = self.topic_vectors() @ np.asarray(query_vector).reshape(-1)
        i = int(np.argmax(sims))
        oos = float(sims[i])
        if best_similarity < self.floor:
            return ScopeVerdict(False, best_similarity, oos, OUT_OF_SCOPE_TOPICS[i], "no clause is close")
        if best_similarity - oos < self.margin:
            return ScopeVerdict(False, best_similarity, oos, OUT_OF_SCOPE_TOPICS[i], "another subject")
        return ScopeVerdict(True, best_similarity, oos, OUT_OF_SCOPE_TOPICS[i])
