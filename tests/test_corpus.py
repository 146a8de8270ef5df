"""The real corpus: every protocol parses correctly."""

import re

import pytest

from ingest.cleanup import clean_pages
from ingest.document import parse_document
from ingest.metadata import infer_dates
from ingest.records import Page
from tests.conftest import CORPUS, SEEDS

DOCS = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def parsed():
    return {p.stem: parse_document(p) for p in DOCS}


def test_corpus_holds_the_five_seeds_unchanged():
    seeds = sorted(p.read_bytes() for p in SEEDS.glob("0*.txt")) if SEEDS.exists() else None
    corpus = sorted(p.read_bytes() for p in DOCS)
    assert len(corpus) == 5
    if seeds is not None:
        assert corpus == seeds


def _squash(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def _expected_yateley_clauses() -> dict[str, str]:
    """An independent reading of the seed: text from 'N.M ' to the next number or heading."""
    raw = (CORPUS / "yateley-town-council.txt").read_text()
    marks = list(re.finditer(r"^(?:\d\.0 |(\d\.\d{1,2}) |Amendment Record)", raw, re.M))
    out = {}
    for here, nxt in zip(marks, marks[1:] + [None], strict=True):
        if here[1]:
            out[here[1]] = _squash(raw[here.end() : nxt.start() if nxt else len(raw)])
    return out


def test_yateley_every_clause_found_once_with_complete_text(parsed):
    doc = parsed["yateley-town-council"]
    expected = _expected_yateley_clauses()
    assert list(expected)[0] == "1.1" and list(expected)[-1] == "9.3"
    assert len(expected) == 31
    for number, text in expected.items():
        found = [c for c in doc.clauses if c.label == number]
        assert len(found) == 1, number
        assert _squash(found[0].text.replace("\n", " ")) == text, number


def test_no_running_header_inside_any_clause(parsed):
    for clause in parsed["battle-town-council"].clauses:
        assert "Battle Town Council" not in clause.text


def test_clauses_broken_by_page_breaks_come_back_whole(parsed):
    battle = {c.label: c.text for c in parsed["battle-town-council"].clauses}
    assert "must not ask them to undertake work of a party political nature" in battle["2.3"]
    yateley = {c.label: c.text for c in parsed["yateley-town-council"].clauses}
    assert "within service areas and must not apply pressure" in yateley["7.4"]
    assert (
        "contrary to law or against the Council's approved procedures, including but not "
        "limited to the following procedures" in yateley["7.15"]
    )
    unnamed = {c.label: c.text for c in parsed["unnamed-town-council-2022"].clauses}
    assert any("how this relationship works and what both" in t for t in unnamed.values())


@pytest.mark.parametrize(
    "stem, expected",
    [
        ("battle-town-council", {"adopted": "2015-05-15", "last_reviewed": "2020-01", "next_review": "2024-01"}),
        ("yateley-town-council", {"adopted": "2016-03-07", "last_reviewed": "2021-02-15"}),
        ("unnamed-town-council-2022", {"adopted": "2022-02", "last_reviewed": "2025-06", "next_review": "2026-06"}),
        ("finmere-parish-council", {"adopted": "2017-06-06", "last_reviewed": "2025-01-07"}),
        ("mumbles-community-council", {}),
    ],
)
def test_each_documents_dates_are_found_in_its_text(stem, expected):
    """Inferred from the text alone (no sidecar), and in agreement with the sidecar."""
    from ingest.cleanup import strip_markdown

    raw = (CORPUS / f"{stem}.txt").read_text()
    found = {k: v[0] for k, v in infer_dates(strip_markdown(raw).splitlines()).items()}
    assert found == expected
    meta = parse_document(CORPUS / f"{stem}.txt").meta
    assert {k: getattr(meta, k) for k in expected} == expected


def test_dates_are_clauses_too(parsed):
    for stem in ("battle-town-council", "yateley-town-council", "unnamed-town-council-2022", "finmere-parish-council"):
        assert any(c.kind == "dates" for c in parsed[stem].clauses), stem


def test_unnamed_council_keeps_an_honest_label(parsed):
    meta = parsed["unnamed-town-council-2022"].meta
    assert "unnamed" in meta.council.lower() or "not named" in meta.council.lower()


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_nothing_but_headers_is_dropped(path):
    """Every word of the cleaned document sits in a clause, a heading or a lead-in."""
    blocks = clean_pages([Page(None, path.read_text())])
    doc = parse_document(path)
    covered = "\n".join(
        [c.text for c in doc.clauses] + [c.heading for c in doc.clauses] + [c.lead_in for c in doc.clauses]
    )
    for block in blocks:
        # The clause number and a lone bullet mark are structure, cited separately.
        body = re.sub(r"^(?:- )?(?:\d{1,2}(?:\.\d{1,3})*[.)]?\s*)?", "", block.text)
        assert body in covered, block.text


def test_every_numbered_clause_of_the_numbered_protocols_parses(parsed):
    battle = [c.label for c in parsed["battle-town-council"].clauses if c.kind == "clause"]
    assert battle == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "3.1",
        "3.2",
        "4.1",
        "5.1",
        "5.2",
        "5.3",
    ]
    finmere = [c.label for c in parsed["finmere-parish-council"].clauses if c.kind == "clause"]
    assert [f for f in finmere if not f.startswith("3.1")] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "3.2",
        "3.3",
        "4.1",
        "4.2",
    ]
    unnamed = {c.label.split(" ")[0] for c in parsed["unnamed-town-council-2022"].clauses}
    assert {str(n) for n in range(1, 17)} <= unnamed
