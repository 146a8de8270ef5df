"""BM25 as sparse matrices gives SQLite FTS5's scores (index/lexical.py), on literal strings."""

from __future__ import annotations

import sqlite3

import pytest

from index.lexical import LexicalIndex, analyse, terms

TEXTS = [
    "Party political groups have no power to require the Town Clerk to attend group meetings.",
    "Councillors should not criticise officers in public; concerns go to the Clerk.",
    "Officers can expect from Councillors a working partnership and respect for their free time.",
    "The Clerk may refuse to attend a meeting of a political group.",
    "Café meetings with the Clérk are informal.",
]


def fts5_scores(texts: list[str], match: str) -> dict[int, float]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'porter unicode61')")
    conn.executemany("INSERT INTO f (rowid, body) VALUES (?, ?)", list(enumerate(texts, 1)))
    return dict(conn.execute("SELECT rowid, -bm25(f) FROM f WHERE f MATCH ?", (match,)))


def test_tokens_are_fts5_porter_unicode61():
    assert analyse("Officers' Clérk-led meetings, 1.2") == ["offic", "clerk", "led", "meet", "1", "2"]
    assert terms(["clerk", "attend", "group"]) == [
        "clerk", "attend", "group", "clerk attend", "attend group", "clerk attend group"
    ]  # fmt: skip
    # Phrases are indexed only as queries ask for them: from a content word to a content word.
    assert terms(["clerk", "of", "group"]) == ["clerk", "of", "group", "clerk of group"]


@pytest.mark.parametrize(
    "words",
    [["clerk"], ["clerk", "attend", "group"], ["officers", "officer", "public"], ["expect from councillors"],
     ["political group", "clerk"], ["clerk"] * 1 + ["cafe"]],
)  # fmt: skip
def test_scores_equal_fts5_bm25(words):
    index = LexicalIndex.build(list(enumerate(TEXTS, 1)))
    ours = index.top(index.text_scores(index.query_terms(words)), 10)
    theirs = fts5_scores(TEXTS, " OR ".join(f'"{w}"' for w in words))
    assert {r for r, _ in ours} == set(theirs)
    for rowid, score in ours:
        assert score == pytest.approx(theirs[rowid], rel=1e-4)


def test_copies_share_one_text_and_scoping_keeps_to_the_rows_asked_for(tmp_path):
    bodies = [(10, TEXTS[0]), (11, TEXTS[1]), (12, TEXTS[0]), (13, TEXTS[3])]
    index = LexicalIndex.build(bodies)
    assert index.n_texts == 3  # the copy is scored once
    scores = index.text_scores(index.query_terms(["clerk", "attend"]))
    top = index.top(scores, 10)
    rows = [r for r, _ in top]
    assert rows[rows.index(10) + 1] == 12 and dict(top)[10] == dict(top)[12]
    assert {r for r, _ in index.top(scores, 10, frozenset({12, 11}))} == {12, 11}
    assert index.top(scores, 1) == top[:1]
    # Stored and loaded without pickle: the same answers.
    index.save(tmp_path / "lexical.npz")
    again = LexicalIndex.load(tmp_path / "lexical.npz")
    assert again.top(again.text_scores(again.query_terms(["clerk", "attend"])), 10) == top
    assert LexicalIndex.load(tmp_path / "missing.npz") is None
