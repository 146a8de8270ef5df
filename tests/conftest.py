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
