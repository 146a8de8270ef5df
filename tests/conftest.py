"""Shared fixtures: data paths point at a temporary folder; the real model loads once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the project's own data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("PROTOCOLS_DATA_DIR", str(data))
    monkeypatch.delenv("PROTOCOLS_INDEX_DIR", raising=False)
    monkeypatch.delenv("PROTOCOLS_LLM", raising=False)
    return data


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the corpus."""
    import shutil

    dest = tmp_path / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real corpus indexed once per session with the real bundled model, through the CLI."""
    from click.testing import CliRunner

    from assistant.cli import main

    index_dir = tmp_path_factory.mktemp("corpus-index")
    result = CliRunner().invoke(main, ["ingest", "--quiet", "--index", str(index_dir), str(CORPUS)])
    assert result.exit_code == 0, result.output
    return index_dir


@pytest.fixture(scope="session")
def real_settings(corpus_index: Path):
    from assistant.settings import Settings

    return Settings(index_dir=corpus_index, data_dir=corpus_index.parent / "data")


@pytest.fixture(scope="session")
def real_index(real_settings):
    """The corpus index loaded with the real model (once per session)."""
    from assistant.services import open_index

    return open_index(real_settings)
