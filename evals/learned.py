"""Two learned models tried against the hand-written ones, and not kept (twenty-ninth session):
this reproduces the figures that said so.

    .venv/bin/python -m evals.learned rerank    # a reranker of the search's top 20 (about 30 s)
    .venv/bin/python -m evals.learned gate      # a gate for Yes/No where the rules give none (about 3 min)

`rerank`: for every answerable question of the retrieval sets (seed and dev splits, and each read
probe), the search's top 20 with what each ranker said of them (rank and score), the fused score,
the dense similarity, pinning, same-wording size and length. A gradient-boosted classifier learns
"holds a gold snippet" and reorders the 20. Each set is scored by a model trained on the others
(leave one set out; a test split never trains a model for the other test split), against the
search's own order, hit@5 / coverage@5 / MRR.

`gate`: every labelled question of the read answer sets (evals/answer_sets.py READ) on its index;
for those the verdict rules leave without a Yes/No, each candidate sentence the writer weighed,
with a naive verdict (the question's modal against the sentence's, conditions ignored) and
features (each check of `assistant.verdict` on its own, cosine, overlap, rank). A classifier
learns "the naive verdict is the label", cross-validated by question file; printed per threshold:
the extra verdicts it would give, right, wrong, and on questions labelled with none.

Needs scikit-learn (installed with sentence-transformers) and the embedding caches `protocols eval` and
`evals.answer_sets` fill (or the time to fill them). Uses no unread set."""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable

import numpy as np

from evals import devset as DS


def _capture_rankings() -> dict:
    """Wrap the search's rule step so each search leaves its rankers' rankings and fused scores."""
    import index.search as S

    seen: dict = {}
    real = S.apply_rules

    def spy(state, cat, cfg):  # noqa: ANN001, ANN202
        seen["rankings"] = {n: {r: (i, s) for i, (r, s) in enumerate(lst)} for n, lst in state.rankings.items()}
        seen["fused"] = max(state.fused.values(), default=1.0) or 1.0
        seen["scoped"] = state.query.scoped
        return real(state, cat, cfg)

    S.apply_rules = spy
    return seen


def _hit_features(hits: list, seen: dict) -> list[dict[str, float]]:  # noqa: ANN001 - index.results.Hit
    per_council = Counter(h.clause.council for h in hits)
    out = []
    for h in hits:
        f = {
            "rank": h.rank,
            "score": h.score,
            "rel_score": h.score / seen["fused"],
            "sim": h.similarity,
            "pinned": float(h.pinned),
            "scoped": float(seen["scoped"]),
            "same_wording": math.log1p(len(h.same_wording.clause_ids)) if h.same_wording else 0.0,
            "words": math.log1p(len(h.clause.text.split())),
            "council_n": per_council[h.clause.council],
        }
        for name, ranks in sorted(seen["rankings"].items()):
            i, s = ranks.get(h.row, (200, 0.0))
            f[f"{name}_rank"], f[f"{name}_score"] = math.log1p(i), s
        out.append(f)
    return out


def rerank_rows(k: int = 20) -> list[dict]:
    """Per question: its set, how many gold snippets, and per hit its features and which gold it shows."""
    from assistant.services import open_index
    from assistant.settings import get_settings
    from evals.answer_sets import UNREAD

    seen = _capture_rankings()
    settings = get_settings()
    dev_q, seed_q = DS.load_dev_questions(), DS.load_seed_questions()
    docs = DS.load_documents()
    corpus = sorted(DS.CORPUS.glob("*.txt"))
    plan = {
        "seed-tune": ([q for q in seed_q if q.split == "tune"], corpus),
        "seed-test": ([q for q in seed_q if q.split == "test"], corpus),
        "dev-tune": ([q for q in dev_q if q.split == "tune"], [d.path for d in docs if d.split == "tune"]),
        "dev-test": ([q for q in dev_q if q.split == "test"], [d.path for d in docs if d.split == "test"]),
        # (not the probes whose questions are kept unread: evals/answer_sets.py UNREAD)
        **{f"probe-{x}": DS._probe(x) for x in DS.PROBES if f"questions-{x}" not in UNREAD},
    }
    rows = []
    for name, (questions, files) in plan.items():
        index_dir = settings.data_dir / "eval-indexes" / name
        DS.build_index(files, index_dir, settings)  # (as `protocols eval` does: from the embedding cache)
        index = open_index(settings.model_copy(update={"index_dir": index_dir}))
        for q in questions:
            if not q.answerable or q.follows:
                continue
            hits = index.search(q.question, k=k).hits
            features = _hit_features(hits, seen)
            shown = [[i for i, g in enumerate(q.gold) if DS.shows(h.clause.doc_id, h.clause.text, g)] for h in hits]
            rows.append({"set": name, "ngold": len(q.gold), "features": features, "shown": shown})
    return rows


def _metrics(row: dict, order: list[int], k: int = 5) -> tuple[float, float, float]:
    top = [row["shown"][i] for i in order[:k]]
    found = {g for s in top for g in s}
    rr = next((1 / r for r, i in enumerate(order, 1) if row["shown"][i]), 0.0)
    return float(bool(found)), len(found) / min(k, row["ngold"]), rr


def _mean(rows: list[dict], orders: list[list[int]]) -> tuple[float, ...]:
    m = [_metrics(r, o) for r, o in zip(rows, orders, strict=True)]
    return tuple(round(statistics.fmean(x[j] for x in m), 3) for j in range(3)) if m else (0.0, 0.0, 0.0)


def _classifier():  # noqa: ANN202
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.05, max_leaf_nodes=8, min_samples_leaf=30, random_state=0
    )


def rerank_report(rows: list[dict]) -> None:
    keys = sorted(rows[0]["features"][0]) if rows and rows[0]["features"] else []

    def matrix(r: dict) -> np.ndarray:
        return np.array([[f[k] for k in keys] for f in r["features"]])

    print(f"{'set':10} {'n':>4}   search's own order: hit@5 cov@5 MRR   learned order: hit@5 cov@5 MRR")
    total: Counter = Counter()
    for name in sorted({r["set"] for r in rows}):
        test = [r for r in rows if r["set"] == name]
        train = [
            r
            for r in rows
            if r["set"] != name and r["features"] and not (name.endswith("test") and r["set"].endswith("test"))
        ]
        model = _classifier().fit(
            np.vstack([matrix(r) for r in train]), np.array([bool(s) for r in train for s in r["shown"]])
        )
        own = [list(range(len(r["shown"]))) for r in test]
        learned = [
            list(np.argsort(-model.predict_proba(matrix(r))[:, 1], kind="stable")) if r["features"] else []
            for r in test
        ]
        a, b = _mean(test, own), _mean(test, learned)
        print(f"{name:10} {len(test):4}   {a[0]:.3f} {a[1]:.3f} {a[2]:.3f}   {b[0]:.3f} {b[1]:.3f} {b[2]:.3f}")
        for j, label in enumerate(("hit", "cov", "mrr")):
            total[f"own {label}"] += a[j] * len(test)
            total[f"learned {label}"] += b[j] * len(test)
        total["n"] += len(test)
    n = total["n"] or 1
    print(
        f"{'all':10} {total['n']:4}   "
        + " ".join(f"{total[f'own {x}'] / n:.3f}" for x in ("hit", "cov", "mrr"))
        + "   "
        + " ".join(f"{total[f'learned {x}'] / n:.3f}" for x in ("hit", "cov", "mrr"))
    )


def _naive(question: str, sentence: str) -> str | None:
    """The verdict the modals alone give, conditions and every other check ignored."""
    from assistant import verdict as V
    from assistant.verdict import judge as J
    from assistant.verdict import polarity as P
    from assistant.verdict import words as W

    q = V.untagged(question)
    plain = V.uninverted(q)
    modality = V.question_modality(plain or q)
    s = P._REPORTED.sub("", W._norm(V.main_clause(sentence)))
    if P._NEGATIVE.search(s) or P._NO_ONE.search(s):
        polarity = "negative"
    elif V.NOT_REQUIRED.search(s):
        polarity = "not required"
    elif P._PERMITTED.search(s):
        polarity = "permitted"
    elif P._OBLIGED.search(s) or re.search(r"\b(?:will|shall)\b", s):
        polarity = "obliged"
    else:
        polarity = None
    table = {
        V.PERMISSION: {"negative": "no", "permitted": "yes"},
        V.OBLIGATION: {"negative": "no", "obliged": "yes", "not required": "no"},
        V.FACT: {"negative": "no", "obliged": "yes"},
    }
    answer = table.get(modality, {}).get(polarity)
    return J._FLIP[answer] if answer and plain else answer


def _gate_features(question: str, sentence: str, rank: int, n: int, cosine: float) -> dict[str, float]:
    from assistant import verdict as V
    from assistant.verdict import polarity as P
    from assistant.verdict import words as W

    asked, said = V.content_words(question), V.content_words(sentence)
    return {
        "rank": rank,
        "n": n,
        "cos": cosine,
        "hedge": float(bool(P._HEDGE.search(W._norm(sentence)))),
        "same_action": float(V.same_action(question, sentence)),
        "same_action_concept": float(V.same_action(question, sentence, by_concept=True)),
        "same_direction": float(V.same_direction(question, sentence)),
        "subject_rules": float(V.subject_rules(sentence)),
        "object_addressed": float(V.object_addressed(question, sentence)),
        "about_the_action": float(V.about_the_action(question, sentence)),
        "same_rule_verb": float(V.same_rule_verb(question, sentence)),
        "jaccard": len(asked & said) / max(1, len(asked | said)),
        "asked_covered": len(asked & said) / max(1, len(asked)),
        "words": len(sentence.split()) / 40,
        **{f"modality {m}": float(V.question_modality(question) == m) for m in (V.PERMISSION, V.OBLIGATION, V.FACT)},
    }


def gate_rows() -> list[dict]:
    """Per candidate sentence of each labelled read question the rules gave no verdict: its set,
    question id, label, naive verdict and features."""
    import assistant.writers.extractive as EX
    from assistant import verdict as V
    from assistant.services import open_assistant
    from assistant.settings import get_settings
    from evals.answer_sets import DEVSET, READ, index_for

    handed: dict = {}
    real: Callable = EX.choose_verdict

    def spy(question, sentences, previous=None, context=None, lead_ins=None):  # noqa: ANN001, ANN202
        handed.update(sentences=list(sentences), previous=previous or {}, lead_ins=lead_ins or {})
        return real(question, sentences, previous, context, lead_ins)

    EX.choose_verdict = spy

    rows, indexes = [], {}
    for name, docs in READ.items():
        if docs not in indexes:
            indexes[docs] = open_assistant(get_settings(index_dir=index_for(docs)))
        assistant = indexes[docs]
        for line in (DEVSET / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            q = json.loads(line)
            if not q.get("gold") or q.get("follows"):
                continue
            handed.clear()
            if assistant.ask(q["question"]).verdict or not handed.get("sentences"):
                continue
            sentences = handed["sentences"]
            whole = [
                V.with_lead_in(V.with_subject(s, handed["previous"].get(s)), handed["lead_ins"].get(s, ""))
                for s in sentences
            ]
            vectors = assistant.index.embedder.embed([q["question"], *whole])
            for rank, sentence in enumerate(whole):
                if naive := _naive(q["question"], sentence):
                    cosine = float(np.dot(vectors[0], vectors[rank + 1]))
                    features = _gate_features(q["question"], sentence, rank, len(whole), cosine)
                    rows.append(
                        {"set": name, "id": q["id"], "label": q.get("verdict"), "naive": naive, "features": features}
                    )
        print(f"  {name}", file=sys.stderr, flush=True)
    return rows


def gate_report(rows: list[dict]) -> None:
    from sklearn.model_selection import GroupKFold

    keys = sorted(rows[0]["features"])
    x = np.array([[r["features"][k] for k in keys] + [float(r["naive"] == "yes")] for r in rows])
    y = np.array([r["naive"] == r["label"] for r in rows])
    p = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=8).split(x, y, [r["set"] for r in rows]):
        p[test] = _classifier().fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    best: dict[str, tuple[float, dict]] = {}
    for r, pr in zip(rows, p, strict=True):
        key = f"{r['set']}/{r['id']}"  # (ids repeat across files: seed-questions and questions-s)
        if key not in best or pr > best[key][0]:
            best[key] = (pr, r)
    first = Counter(
        "right" if r["naive"] == r["label"] else "wrong" if r["label"] else "unlabelled"
        for r in (next(x for x in rows if f"{x['set']}/{x['id']}" == key) for key in best)
    )
    print(f"questions the rules leave without a verdict, with a naive one: {len(best)}")
    print(f"  the first candidate's naive verdict: {dict(first)}")
    print("  the learned gate, by threshold (extra verdicts: right / wrong / on questions labelled with none):")
    for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        c = Counter(
            "right" if r["naive"] == r["label"] else "wrong" if r["label"] else "unlabelled"
            for pr, r in best.values()
            if pr >= t
        )
        print(f"  {t:.2f}   {c['right']:4} / {c['wrong']:4} / {c['unlabelled']:4}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("experiment", choices=("rerank", "gate"))
    args = parser.parse_args()
    if args.experiment == "rerank":
        rerank_report(rerank_rows())
    else:
        gate_report(gate_rows())


if __name__ == "__main__":
    main()
