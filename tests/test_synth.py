"""The synthetic protocol generator (evals/synth.py): deterministic, plausible, no reserved names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evals.reserved import reserved_names_in
from evals.synth import (
    RESERVED_NAMES,
    council_names,
    generate_corpus,
    iter_protocols,
    main,
    parse_source,
    split_clauses,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SOURCES = sorted(CORPUS.glob("*.txt"))
_RESERVED_WORD = re.compile(r"\b(" + "|".join(RESERVED_NAMES) + r")\b", re.I)
_TITLE = re.compile(r"^(.+ (?:Parish|Town|Community|District|Borough) Council) Member/Officer Protocol$")


def _files(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.txt"))}


def test_sources_parse_into_sections_and_clauses() -> None:
    assert len(SOURCES) >= 5
    for path in SOURCES:
        source = parse_source(path)
        assert len(source.sections) >= 4, path.name
        assert source.clause_count >= 10, path.name
    yateley = parse_source(CORPUS / "yateley-town-council.txt")
    assert yateley.heading_style == "dotzero" and yateley.numbered_clauses
    assert [c.number for c in yateley.sections[6].clauses][:3] == ["7.1", "7.2", "7.3"]
    # Page headers and adoption notes are not clause text.
    battle = parse_source(CORPUS / "battle-town-council.txt")
    assert all("Battle" not in c.text and "Adopted" not in c.text for s in battle.sections for c in s.clauses)


def test_same_seed_same_corpus_other_seed_differs(tmp_path: Path) -> None:
    a = generate_corpus(SOURCES, 30, tmp_path / "a", seed=7)
    b = generate_corpus(SOURCES, 30, tmp_path / "b", seed=7)
    c = generate_corpus(SOURCES, 30, tmp_path / "c", seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert a["counts"] == b["counts"] and a["councils"] == b["councils"]
    assert _files(tmp_path / "a") != _files(tmp_path / "c")
    assert a["councils"] != c["councils"]
    assert council_names(50, 3) == council_names(50, 3)
    # A smaller corpus is the start of a larger one.
    first = [d.text for d in iter_protocols(SOURCES, 10, seed=7)]
    assert first == [d.text for d in iter_protocols(SOURCES, 30, seed=7)][:10]


def test_ten_thousand_distinct_plausible_council_names() -> None:
    names = council_names(10_000, seed=0)
    assert len(names) == 10_000 and len(set(names)) == 10_000
    places = [n.rsplit(" ", 2)[0] for n in names]
    assert len(set(places)) == 10_000
    for name in names:
        assert re.fullmatch(r"[A-Z][a-z]+(?: [A-Za-z]+)* (?:Parish|Town|Community|District|Borough) Council", name)
        low = name.lower()
        assert not any(r.lower() in low for r in RESERVED_NAMES), name
        assert not reserved_names_in(name), name
    kinds = {n.split()[-2] for n in names}
    assert kinds == {"Parish", "Town", "Community", "District", "Borough"}


@pytest.mark.parametrize("share", [0.3, 0.6])
def test_identical_share_is_what_was_asked(tmp_path: Path, share: float) -> None:
    manifest = generate_corpus(SOURCES, 200, tmp_path, seed=1, identical_share=share)
    assert abs(manifest["identical_share"] - share) <= 0.05
    # Measured independently: clauses of the output found word for word in the sources.
    source_texts = {c.text for p in SOURCES for s in parse_source(p).sections for c in s.clauses}
    same = total = 0
    for text in _files(tmp_path).values():
        for clause in split_clauses(text):
            total += 1
            same += clause in source_texts
    assert total == manifest["counts"]["clauses_kept"]
    assert abs(same / total - share) <= 0.05
    counts = manifest["counts"]
    assert counts["identical"] + counts["reworded"] + counts["edited"] == counts["clauses_kept"]
    assert 0.10 <= counts["dropped"] / counts["clauses_source"] <= 0.20
    assert counts["reworded"] > 0 and counts["sections_reordered"] > 0


def test_every_file_is_a_titled_protocol_with_dates(tmp_path: Path) -> None:
    manifest = generate_corpus(SOURCES, 60, tmp_path, seed=2)
    files = _files(tmp_path)
    assert list(files) == manifest["files"] and len(files) == 60
    for (name, text), council in zip(files.items(), manifest["councils"], strict=True):
        lines = text.splitlines()
        title = _TITLE.match(lines[0])
        assert title and title[1] == council, (name, lines[0])
        assert re.search(r"^Adopted: \d{1,2} [A-Z][a-z]+ 20\d\d$", text, re.M), name
        assert re.search(r"^Next review: (\d{1,2} )?[A-Z][a-z]+ 20\d\d$", text, re.M), name
        assert len(split_clauses(text)) >= 8, name
        assert not _RESERVED_WORD.search(text), (name, _RESERVED_WORD.search(text))


def test_sections_and_clauses_are_renumbered_in_order(tmp_path: Path) -> None:
    generate_corpus(SOURCES, 40, tmp_path, seed=3)
    checked = 0
    for text in _files(tmp_path).values():
        sections = [int(m[1]) for m in re.finditer(r"^(\d{1,2})(?:\.0?)? [A-Z]", text, re.M)]
        if not sections:
            continue  # a source with unnumbered (markdown) headings
        assert sections == list(range(1, len(sections) + 1))
        for number in sections:
            clauses = [int(m[1]) for m in re.finditer(rf"^{number}\.([1-9]\d*) ", text, re.M)]
            assert clauses == list(range(1, len(clauses) + 1))
        checked += 1
    assert checked >= 20


def test_reserved_names_never_appear(tmp_path: Path) -> None:
    manifest = generate_corpus(SOURCES, 100, tmp_path, seed=4)
    for council in manifest["councils"]:
        assert not any(r.lower() in council.lower() for r in RESERVED_NAMES)
        assert not reserved_names_in(council), council
    for name, text in _files(tmp_path).items():
        assert not _RESERVED_WORD.search(text), name
        assert not reserved_names_in(text), name
        assert not re.search(r"\b(?:FPC|BTC|YTC|MCC)\b", text), name


def test_cli_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--n", "12", "--out", str(tmp_path), "--seed", "5", "--identical-share", "0.4"]) == 0
    out = capsys.readouterr().out
    assert "12 synthetic protocols" in out and "identical share" in out
    assert len(list(tmp_path.glob("*.txt"))) == 12
    assert main(["--n", "3", "--out", str(tmp_path / "x"), "--identical-share", "1.5"]) == 2


def test_provenance_says_which_real_clause_each_written_clause_came_from(tmp_path: Path) -> None:
    from evals.synth import PROVENANCE_NAME, load_provenance, source_clauses_with, text_key

    manifest = generate_corpus(SOURCES, 12, tmp_path, seed=5)
    lines = (tmp_path / PROVENANCE_NAME).read_text().splitlines()
    assert len(lines) == len(manifest["files"])  # one line per file, and it is not a .txt protocol
    assert sorted(p.name for p in tmp_path.glob("*.txt")) == sorted(manifest["files"])
    provenance = load_provenance(tmp_path)
    hows = {v[3] for v in provenance.values()}
    assert hows == {"identical", "reworded", "edited"}
    # An identical clause's text is its source clause's text; every origin points at a real clause.
    parsed = {p.name: parse_source(p) for p in SOURCES}
    for (stem, key), (source, si, ci, how) in provenance.items():
        clause = parsed[source].sections[si].clauses[ci]
        if how == "identical":
            assert text_key(clause.text).startswith(key)
        text = (tmp_path / f"{stem}.txt").read_text()
        assert key in text_key(text, length=10**9)
    # The real clause that holds a snippet, as the generator parsed it.
    found = source_clauses_with(list(parsed.values()), "Party political groups have no power to require the Town Clerk")
    assert {s for s, _, _ in found} == {"yateley-town-council.txt"}
