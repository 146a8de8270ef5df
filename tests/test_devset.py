"""The development set is sound: enough documents and questions of each kind, splits by
document, gold snippets that survive parsing, and none of the councils kept for held-out
evaluation. Scoring is checked on literal strings."""

from __future__ import annotations

import json

import pytest

from evals.devset import DEVSET, GoldSnippet, load_dev_questions, load_documents, load_seed_questions, score, shows
from ingest.document import parse_document
from tests.conftest import CORPUS

DOCS = load_documents()
DEV = load_dev_questions()
SEED = load_seed_questions()
# The yes/no sets: questions on the dev documents and on the seeds together.
VERDICT = load_dev_questions(tuple(p.name for p in sorted(DEVSET.glob("verdict-questions-*.jsonl"))))
# Probe C: more documents and questions, all test.
PROBE_DOCS = load_documents(("documents-c.jsonl",))
PROBE = load_dev_questions(("questions-c.jsonl",))
# Probe D: seven more documents in other formats (tables, an FAQ page, "[n]" numbers), all test.
PROBE_D_DOCS = load_documents(("documents-d.jsonl",))
PROBE_D = load_dev_questions(("questions-d.jsonl",))
# Probe E: eight more (a Word file, a Markdown page, a constitution part of six codes, minutes ...).
PROBE_E_DOCS = load_documents(("documents-e.jsonl",))
PROBE_E = load_dev_questions(("questions-e.jsonl",))
# Probe F: eight more (tracked changes, two columns, an OCR'd scan, standing orders, a printed page ...).
PROBE_F_DOCS = load_documents(("documents-f.jsonl",))
PROBE_F = load_dev_questions(("questions-f.jsonl",))
# Probe G: eight more (a committee report's annex, Do/Don't tables, ligatures, an Easy Read page ...).
PROBE_G_DOCS = load_documents(("documents-g.jsonl",))
PROBE_G = load_dev_questions(("questions-g.jsonl",))
# Probe H: eight more (slides, line numbers, a Word table, a leaflet, Google Docs lists, an email ...).
PROBE_H_DOCS = load_documents(("documents-h.jsonl",))
PROBE_H = load_dev_questions(("questions-h.jsonl",))
# Probe I: eight more (two pages per sheet, a three-column table, a watermark, content controls ...).
PROBE_I_DOCS = load_documents(("documents-i.jsonl",))
PROBE_I = load_dev_questions(("questions-i.jsonl",))
# Probe J: eight more (<br> lines, a LibreOffice export, a redline, a bilingual table, an annex ...).
PROBE_J_DOCS = load_documents(("documents-j.jsonl",))
PROBE_J = load_dev_questions(("questions-j.jsonl",))
# Probe K: eight ordinary documents with one twist each (a flowchart appendix, a cp1252 text file,
# a Notion export, Word auto-numbering, amendment notes, a glossary and FAQ ...).
PROBE_K_DOCS = load_documents(("documents-k.jsonl",))
PROBE_K = load_dev_questions(("questions-k.jsonl",))
# Probe L: eight more (a responsive page holding its text twice, cards labelled "Para 4.3", an easy
# read guide, a protocol pasted into an email, a header naming each page's section, PDF footnotes ...).
PROBE_L_DOCS = load_documents(("documents-l.jsonl",))
PROBE_L = load_dev_questions(("questions-l.jsonl",))
# Probe M: eight more (a Word markup print with balloons, a protocol pasted as one paragraph, Markdown
# footnotes, appendices that restart their numbers, an induction pack with a quiz ...).
PROBE_M_DOCS = load_documents(("documents-m.jsonl",))
PROBE_M = load_dev_questions(("questions-m.jsonl",))
# Probe N: eight more (cross-references closing every clause, a '§' link column, OCR slips, ASCII
# tables, a poster before the protocol, a second page appended to a saved page, role tags ...).
PROBE_N_DOCS = load_documents(("documents-n.jsonl",))
PROBE_N = load_dev_questions(("questions-n.jsonl",))
# Probe O: eight ordinary layouts (a parish WordPress post, a Word PDF, a modern.gov-style page, a
# constitution PDF, a docx, a bilingual-menu page, a gov.uk-style page, a Wix page copied as text).
PROBE_O_DOCS = load_documents(("documents-o.jsonl",))
PROBE_O = load_dev_questions(("questions-o.jsonl",))
# Probe P: a Google Docs page, an appendix to standing orders, hyphenated text from a PDF, an accordion ...
PROBE_P_DOCS = load_documents(("documents-p.jsonl",))
PROBE_P = load_dev_questions(("questions-p.jsonl",))
# Probe Q: ordinary documents with one everyday imperfection each (a toolbar, a contents field ...).
PROBE_Q_DOCS = load_documents(("documents-q.jsonl",))
PROBE_Q = load_dev_questions(("questions-q.jsonl",))
# Out-of-scope near-misses and in-scope look-alikes on the seeds and probe E's documents.
SCOPE = load_dev_questions(("scope-questions.jsonl",))


def test_shape_of_the_development_set():
    assert len(DOCS) >= 25
    assert {d.path.suffix for d in DOCS} >= {".html", ".txt", ".pdf"}
    assert {d.split for d in DOCS} == {"tune", "test"}
    assert len(DEV) >= 150
    assert sum(not q.answerable for q in DEV) >= 20
    assert len({q.id for q in DEV + SEED}) == len(DEV) + len(SEED)
    assert all(q.verdict in ("yes", "no", None) for q in DEV + SEED)
    assert all(q.verdict is None for q in DEV + SEED if not q.answerable)
    order = {q.id: n for n, q in enumerate(SEED)}
    for q in SEED:  # a follow-up follows an earlier question of its own split
        if q.follows:
            assert order[q.follows] < order[q.id] and SEED[order[q.follows]].split == q.split, q.id
    split_of = {d.doc: d.split for d in DOCS}
    for q in DEV:  # a question takes its documents' split: nothing of the test split leaks into tuning
        assert {split_of[g.doc] for g in q.gold} <= {q.split}, q.id


def test_nothing_in_the_set_names_a_held_out_council():
    from evals.reserved import reserved_names_in

    # Every document, question and source folder of the set, the probes' included.
    questions = DEV + SEED + PROBE + VERDICT + SCOPE + [q for _, qs, *_ in PROBE_SHAPES.values() for q in qs]
    texts = [d.doc for d in ALL_DOCS] + [d.council or "" for d in ALL_DOCS] + [q.question for q in questions]
    texts += [p.read_text(encoding="utf-8") for p in DEVSET.glob("adversarial-probe*.jsonl")]
    for folder in sorted(p for p in DEVSET.glob("docs*") if p.is_dir()):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in folder.iterdir()]
    assert [t[:60] for t in texts if reserved_names_in(t)] == []


def test_no_text_file_of_the_evaluation_tests_or_corpus_names_a_held_out_council():
    """Notes on what a look-up showed (FACTS-*.md), generators and tests too, not only documents and
    questions: a held-out council is never named in the repository's evaluation material."""
    from evals.reserved import reserved_names_in

    root = DEVSET.parent.parent
    named = []
    for folder in ("evals", "tests", "corpus"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in {".md", ".py", ".txt", ".jsonl", ".json", ".html", ".toml", ".csv"}:
                if found := reserved_names_in(path.read_text(encoding="utf-8", errors="replace")):
                    named.append((path.relative_to(root).as_posix(), found))
    assert named == []


def test_the_held_out_check_finds_a_name_by_its_hash(monkeypatch):
    import hashlib

    import evals.reserved as reserved

    key = hashlib.sha256(b"little snoring").hexdigest()[:16]
    monkeypatch.setattr(reserved, "RESERVED_SHA256", reserved.RESERVED_SHA256 | {key})
    assert reserved.reserved_names_in("Little-Snoring Parish Council's protocol") == ["little snoring"]
    assert reserved.reserved_names_in("Snoring Magna") == []


def test_shape_of_probe_c():
    assert len(PROBE_DOCS) == 8 and {d.split for d in PROBE_DOCS} == {"test"}
    assert {q.split for q in PROBE} == {"test"} and sum(not q.answerable for q in PROBE) >= 8
    assert {g.doc for q in PROBE for g in q.gold} <= {d.doc for d in PROBE_DOCS}


# (docs, questions, number of documents, their file types, least out-of-scope questions, least
# labelled yes/no questions)
PROBE_SHAPES = {
    "d": (PROBE_D_DOCS, PROBE_D, 7, {".html", ".txt", ".pdf"}, 10, 30),
    "e": (PROBE_E_DOCS, PROBE_E, 8, {".html", ".txt", ".pdf", ".md", ".docx"}, 12, 30),
    "f": (PROBE_F_DOCS, PROBE_F, 8, {".html", ".txt", ".pdf", ".docx"}, 12, 30),
    "g": (PROBE_G_DOCS, PROBE_G, 8, {".html", ".txt", ".pdf", ".docx", ".md"}, 12, 30),
    "h": (PROBE_H_DOCS, PROBE_H, 8, {".html", ".txt", ".pdf", ".docx"}, 12, 30),
    "i": (PROBE_I_DOCS, PROBE_I, 8, {".html", ".txt", ".pdf", ".docx", ".md"}, 12, 30),
    "j": (PROBE_J_DOCS, PROBE_J, 8, {".html", ".txt", ".pdf", ".docx"}, 8, 30),
    "k": (PROBE_K_DOCS, PROBE_K, 8, {".html", ".txt", ".pdf", ".docx", ".md"}, 8, 30),
    "l": (PROBE_L_DOCS, PROBE_L, 8, {".html", ".txt", ".pdf", ".docx"}, 8, 28),
    "m": (PROBE_M_DOCS, PROBE_M, 8, {".html", ".txt", ".pdf", ".docx", ".md"}, 8, 30),
    "n": (PROBE_N_DOCS, PROBE_N, 8, {".html", ".txt", ".pdf", ".docx", ".md"}, 8, 30),
    "o": (PROBE_O_DOCS, PROBE_O, 8, {".html", ".txt", ".pdf", ".docx"}, 8, 30),
    "p": (PROBE_P_DOCS, PROBE_P, 8, {".html", ".txt", ".pdf"}, 8, 30),
    "q": (PROBE_Q_DOCS, PROBE_Q, 8, {".html", ".txt", ".pdf", ".docx"}, 8, 30),
}


@pytest.mark.parametrize("letter", PROBE_SHAPES)
def test_shape_of_probes_d_to_q(letter):
    docs, questions, n_docs, suffixes, out_of_scope, labelled = PROBE_SHAPES[letter]
    assert len(docs) == n_docs and {d.split for d in docs} == {"test"}
    assert {d.path.suffix for d in docs} == suffixes
    assert {q.split for q in questions} == {"test"} and sum(not q.answerable for q in questions) >= out_of_scope
    assert sum(q.verdict is not None for q in questions) >= labelled
    assert {g.doc for q in questions for g in q.gold} == {d.doc for d in docs}


ALL_DOCS = (
    DOCS
    + PROBE_DOCS
    + PROBE_D_DOCS
    + PROBE_E_DOCS
    + PROBE_F_DOCS
    + PROBE_G_DOCS
    + PROBE_H_DOCS
    + PROBE_I_DOCS
    + PROBE_J_DOCS
    + PROBE_K_DOCS
    + PROBE_L_DOCS
    + PROBE_M_DOCS
    + PROBE_N_DOCS
    + PROBE_O_DOCS
    + PROBE_P_DOCS
    + PROBE_Q_DOCS
)


@pytest.mark.parametrize("doc", ALL_DOCS, ids=lambda d: d.doc)
def test_every_gold_snippet_survives_parsing(doc):
    parsed = parse_document(doc.path)
    clauses = [c.text for c in parsed.clauses]
    questions = (
        DEV
        + VERDICT
        + PROBE
        + PROBE_D
        + PROBE_E
        + PROBE_F
        + PROBE_G
        + PROBE_H
        + PROBE_I
        + PROBE_J
        + PROBE_K
        + PROBE_L
        + PROBE_M
        + PROBE_N
        + PROBE_O
        + PROBE_P
        + PROBE_Q
        + SCOPE
    )
    wanted = [g for q in questions for g in q.gold if g.doc == doc.doc]
    missing = [g.snippet for g in wanted if not any(shows(doc.doc, text, g) for text in clauses)]
    assert missing == []


def test_shape_of_the_scope_questions():
    assert sum(not q.answerable for q in SCOPE) == 60 and sum(q.answerable for q in SCOPE) == 30
    for answerable in (True, False):  # each kind split half and half
        kind = [q for q in SCOPE if q.answerable == answerable]
        assert sum(q.split == "test" for q in kind) * 2 == len(kind)


def test_seed_question_snippets_are_in_the_corpus():
    # In one parsed clause: a snippet may run across a page's running header in the file.
    clauses = {p.stem: [c.text for c in parse_document(p).clauses] for p in CORPUS.glob("*.txt")}
    # (a verdict question's gold in other councils' documents is checked with those documents)
    # (every probe's documents, the later ones too: a question may cite a seed and a probe's document)
    known = {d.doc for d in load_documents(tuple(p.name for p in sorted(DEVSET.glob("documents-*.jsonl"))))}
    for q in SEED + [q for q in VERDICT + SCOPE if q.gold and q.gold[0].doc in clauses]:
        for g in q.gold:
            assert g.doc in clauses or g.doc in known, (q.id, g.doc)
            if g.doc in clauses:
                assert any(shows(g.doc, text, g) for text in clauses[g.doc]), q.id


def test_scoring_on_literal_results():
    gold = (GoldSnippet("a", "no power to require"), GoldSnippet("b", "respect each other's free time"))
    results = [("a", "Groups have no power\nto require the Clerk"), ("c", "respect each other's free time")]
    assert score(results, gold, 5) == {"hit": 1.0, "coverage": 0.5, "rr": 1.0}
    assert score(results[1:], gold, 5)["hit"] == 0.0  # the right words in another council's document


@pytest.mark.parametrize("doc", [d for d in ALL_DOCS if d.council], ids=lambda d: d.doc)
def test_a_document_that_names_its_council_gets_that_name(doc):
    # Issue 9: from a title line, the body or the page title, never a menu phrase.
    assert parse_document(doc.path).meta.council == doc.council


def test_a_probe_counts_each_verdict_by_its_judgement():
    from evals.probe_eval import score

    class Said:
        def __init__(self, verdicts):
            self.verdicts = verdicts

        def ask(self, question):
            return type("Answer", (), {"verdict": self.verdicts.get(question)})()

    rows = [
        {"id": "1", "set": "hard", "question": "a?", "judged": [{"verdict": "no", "judgement": "wrong"}]},
        {"id": "2", "set": "ordinary", "question": "b?", "judged": [{"verdict": "yes", "judgement": "right"}]},
        {"id": "3", "question": "c?", "judged": []},
        {"id": "4", "question": "d?", "judged": [{"verdict": "yes", "judgement": "right"}]},
    ]
    counts = score(Said({"a?": "no", "b?": "yes", "c?": "yes", "d?": "no"}), rows)
    assert counts["verdicts"] == 4 and counts["wrong"] == 1 and counts["right"] == 1
    assert counts["unjudged"] == 2  # c: never judged; d: judged only as "yes"
    assert counts["hard wrong"] == 1 and counts["ordinary right"] == 1
    # every probe line has a question and judgements of yes/no verdicts
    for path in DEVSET.glob("adversarial-probe*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["question"] and all(j["verdict"] in ("yes", "no") for j in row["judged"])


def test_answer_scoring_ignores_quote_style_and_reports_verbatim_quotes_apart():
    from assistant.answer import Answer
    from evals.answer_eval import quotes_gold_sentence, quotes_gold_verbatim

    gold = [{"doc": "d", "snippet": "The crucial question is the determination of the \u201cneed to know\u201d."}]
    curly = Answer(
        "q",
        "Unnamed, 8: \u201cThe crucial question is the determination of the \u201cneed to know\u201d.\u201d [1]",
        False,
    )
    straight = Answer(
        "q", 'Unnamed, 8: \u201cThe crucial question is the determination of the "need to know".\u201d [1]', False
    )
    other = Answer("q", "Unnamed, 8: \u201cMere curiosity is not sufficient.\u201d [1]", False)
    assert quotes_gold_sentence(curly, gold) and quotes_gold_verbatim(curly, gold)
    assert quotes_gold_sentence(straight, gold) and not quotes_gold_verbatim(straight, gold)
    assert not quotes_gold_sentence(other, gold) and not quotes_gold_verbatim(other, gold)


def test_every_answer_set_is_run_read_or_unread() -> None:
    """evals/answer_sets.py runs every labelled answer file on the index of its documents: a new
    question file is listed there, once, as read or kept unread; its document folders exist."""
    from evals.answer_sets import DOCUMENTS, READ, ROOT, UNREAD

    devset = ROOT / "evals" / "devset"
    patterns = (
        "verdict-questions-*.jsonl",
        "induction-questions-*.jsonl",
        "questions-*.jsonl",
        "scope-questions-*.jsonl",
    )
    files = {p.stem for pattern in patterns for p in devset.glob(pattern)}
    files |= {"seed-questions", "scope-questions"}
    assert not set(READ) & set(UNREAD)
    assert files == set(READ) | set(UNREAD)
    for docs in {*READ.values(), *UNREAD.values()}:
        assert all((ROOT / folder).is_dir() for folder in DOCUMENTS[docs]), docs


def test_an_eval_index_holding_another_checkouts_files_is_told_apart(corpus_index, tmp_path) -> None:
    """A run of evals/answer_sets.py from another checkout (a worktree of an older commit) would add
    its copies of the documents beside the index's own: such an index is seen, and rebuilt."""
    from evals.answer_sets import foreign_sources

    assert foreign_sources(corpus_index, [CORPUS]) == []
    elsewhere = foreign_sources(corpus_index, [tmp_path / "another-checkout" / "corpus"])
    assert sorted(elsewhere) == sorted(str(p.resolve()) for p in CORPUS.glob("*.txt"))
    assert foreign_sources(tmp_path / "no-index-here", [CORPUS]) == []


def test_a_results_file_prints_as_a_markdown_table() -> None:
    """`answer_sets --table`: one row per set and split, verdicts on labelled questions apart from
    those on unlabelled ones (the target counts the first), counts with their denominators."""
    from evals.answer_sets import markdown_table

    results = {
        "fresh-x": {
            "index": "corpus",
            "splits": {
                "test": {
                    "questions": 40,
                    "verdict labels": 28,
                    "verdicts given": 14,
                    "verdicts on unlabelled": 1,
                    "wrong verdicts": 2,
                    "with gold": 35,
                    "quotes gold": 33,
                    "gold sentence in text": 31,
                    "gold sentence leads": 26,
                    "out of scope": 5,
                    "out-of-scope refused": 4,
                    "false refusals": 1,
                }
            },
        },
        "probe-z": {"index": "probe-z", "splits": {"tune": {"questions": 3, "with gold": 3, "quotes gold": 3}}},
    }
    lines = markdown_table(results).splitlines()
    assert len(lines) == 4 and lines[1].startswith("|---")
    assert lines[2] == (
        "| fresh-x (test) | 40 | 28 | 13 (+1) | 2 | 33/35 (0.94) | 31/35 (0.89) | 26/35 (0.74) | 4/5 | 1/35 |"
    )
    assert lines[3] == "| probe-z (tune) | 3 | 0 | 0 | 0 | 3/3 (1.00) | 0/3 (0.00) | 0/3 (0.00) | - | 0/3 |"
