"""Train the out-of-scope gate (assistant/scope_gate.json) on the read answer sets, and show by
cross-validation what it does against the margin rule.

    .venv/bin/python -m evals.scope_gate            # capture, cross-validate, choose, write (about 3 min)
    .venv/bin/python -m evals.scope_gate --dry-run  # the same, without writing the weights

Every question of the read sets (evals/answer_sets.py READ), and of the original questions' tune split
(evals/questions.jsonl), that has a gold clause (answerable) or is labelled out of scope goes through the
real chain up to its scope decision, on the index of its set's documents; the inputs of that decision
are kept (the question's vector, the best clause's similarity in the council asked about and in the
whole index, and the question). The test splits of the seed questions, the development questions and
the scope questions, and the original questions' holdout, are left out: their figures are reported as
evidence nothing was fitted on. No unread set is used.

A logistic regression (scikit-learn, balanced classes) learns "out of scope" from
`assistant.scope.scope_features`. C and the threshold are chosen by leave-one-set-out
cross-validation: the most out-of-scope questions refused less three times the answerable ones
refused (a wrong refusal costs more than a missed one). The chosen model is refitted on every
training question and written as plain numbers."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from evals.answer_sets import DEVSET, READ, index_for

# Splits whose figures are reported as test evidence: never trained on.
HELD_OUT = {
    ("seed-questions", "test"),
    ("questions-a", "test"),
    ("questions-b", "test"),
    ("scope-questions", "test"),
    ("original-questions", "holdout"),
}
ORIGINAL, ORIGINAL_FILE = "original-questions", DEVSET.parent / "questions.jsonl"
CS = (0.5, 1.0, 2.0, 3.0, 5.0)
THRESHOLDS = tuple(round(0.6 + 0.025 * i, 3) for i in range(15))
FALSE_REFUSAL_COST = 3


@dataclass(frozen=True)
class Example:
    set: str
    out_of_scope: bool
    features: np.ndarray
    best: float  # the best similarity among the clauses searched (one council's, when it names one)
    rule_refuses: bool  # the margin rule's decision


def training_rows() -> Iterator[tuple[str, dict]]:
    """(set name, row) of every question to train on: the read answer sets', and the tune split of the
    original questions (evals/questions.jsonl, on the seeds), whose gold names clauses."""
    files = {name: DEVSET / f"{name}.jsonl" for name in READ}
    files[ORIGINAL] = ORIGINAL_FILE
    for name, path in files.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("follows") or (name, row.get("split")) in HELD_OUT:
                continue
            if row.get("gold") or row.get("category") == "out-of-scope":
                yield name, row


def capture() -> list[Example]:
    """Each training question through the chain's understanding, retrieval and scope decision."""
    from assistant.scope import ScopeCheck, about_relations, scope_features
    from assistant.services import open_assistant
    from assistant.settings import get_settings

    assistants: dict[str, object] = {}
    examples: list[Example] = []
    for name, row in training_rows():
        docs = READ.get(name, "corpus")
        if docs not in assistants:
            settings = get_settings(index_dir=index_for(docs))
            assistants[docs] = open_assistant(
                settings.model_copy(update={"answer": settings.answer.model_copy(update={"scope_gate": False})})
            )
        assistant = assistants[docs]
        seen: list[tuple] = []
        check: ScopeCheck = assistant.scope

        def record(query_vector, best, domain=0.0, question="", by_gate=True, _check=check, _seen=seen):  # noqa: ANN001, ANN202
            verdict = ScopeCheck.verdict(_check, query_vector, best, domain, question, by_gate)
            _seen.append((query_vector, best, domain, question, verdict))
            return verdict

        check.verdict = record  # type: ignore[method-assign]
        try:
            assistant.refusal(row["question"])
        finally:
            del check.verdict
        if not seen:  # refused before the scope check (small talk, a council not in the index)
            continue
        qv, best, domain, question, verdict = seen[-1]
        examples.append(
            Example(
                name,
                not row.get("gold"),
                scope_features(qv, check.topic_vectors(), best, domain, about_relations(question)),
                best,
                not verdict.answerable,
            )
        )
    return examples


def refused(examples: list[Example], probabilities: np.ndarray, threshold: float, floor: float) -> np.ndarray:
    """The decision as `ScopeCheck.verdict` takes it with the gate: the margin rule for a question in the
    thesaurus's words about councillors and staff (the last feature), else the gate and the floor."""
    best = np.array([e.best for e in examples])
    about = np.array([e.features[-1] > 0.5 for e in examples])
    rule = np.array([e.rule_refuses for e in examples])
    return np.where(about, rule, (probabilities > threshold) | (best < floor))


def fit(X: np.ndarray, y: np.ndarray, c: float):  # noqa: ANN201 - sklearn's estimator
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(X, y)


def cross_validated(examples: list[Example], c: float) -> np.ndarray:
    """Each set's probabilities from a model trained on the other sets."""
    X = np.array([e.features for e in examples])
    y = np.array([e.out_of_scope for e in examples])
    groups = np.array([e.set for e in examples])
    p = np.zeros(len(examples))
    for g in sorted(set(groups)):
        held = groups == g
        p[held] = fit(X[~held], y[~held], c).predict_proba(X[held])[:, 1]
    return p


def main() -> None:
    from assistant.scope import GATE_FILE, ScopeGate, topics_fingerprint
    from assistant.settings import get_settings
    from index.config import BUNDLED_MODEL

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="Do not write assistant/scope_gate.json.")
    args = parser.parse_args()
    settings = get_settings()
    if settings.model != BUNDLED_MODEL:
        parser.error("the gate is trained for the bundled model; unset PROTOCOLS_MODEL")
    t0 = time.perf_counter()
    examples = capture()
    y = np.array([e.out_of_scope for e in examples])
    rule = np.array([e.rule_refuses for e in examples])
    floor = settings.answer.abstain_threshold
    sets, seconds = len({e.set for e in examples}), time.perf_counter() - t0
    print(f"{len(examples)} questions from {sets} read sets ({y.sum()} out of scope) in {seconds:.0f} s")
    print(
        f"margin rule: out of scope refused {(rule & y).sum()}/{y.sum()}, "
        f"answerable refused {(rule & ~y).sum()}/{(~y).sum()}"
    )
    best = None
    for c in CS:
        p = cross_validated(examples, c)
        for t in THRESHOLDS:
            r = refused(examples, p, t, floor)
            score = int((r & y).sum()) - FALSE_REFUSAL_COST * int((r & ~y).sum())
            if best is None or score > best[0]:
                best = (score, c, t, int((r & y).sum()), int((r & ~y).sum()))
    score, c, t, oos, false = best
    print(
        f"gate, leave one set out: C={c} threshold={t}: out of scope refused {oos}/{y.sum()}, "
        f"answerable refused {false}/{(~y).sum()}"
    )
    X = np.array([e.features for e in examples])
    model = fit(X, y, c)
    gate = ScopeGate(
        BUNDLED_MODEL, model.coef_[0].astype("float64"), float(model.intercept_[0]), t, topics_fingerprint()
    )
    if args.dry_run:
        return
    GATE_FILE.write_text(
        gate.to_json(
            trained_by="python -m evals.scope_gate",
            C=c,
            questions=len(examples),
            out_of_scope=int(y.sum()),
            cross_validated={"out_of_scope_refused": oos, "answerable_refused": false},
            features="the question's vector (384), best similarity, nearest out-of-scope topic's, their "
            "difference, thesaurus words",
        ),
        encoding="utf-8",
    )
    print(f"wrote {GATE_FILE}")


if __name__ == "__main__":
    main()
