"""Uploads in the app: per-session staging, name collisions, failed re-uploads, long names
(issue 12, item 7). AppTest with the real index and model, as in tests/test_app.py."""

from __future__ import annotations

import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant.services import open_index
from assistant.settings import Settings
from assistant.uploads import add_staged, stage_upload
from tests.conftest import ROOT
from tests.fakes import FakeEmbedder

pytestmark = pytest.mark.model

APP = str(ROOT / "app.py")


def protocol(council: str) -> bytes:
    return (
        f"{council} Member/Officer Protocol\n\n1. Roles\n\n1.1 The Clerk of {council} advises all members "
        f"impartially.\n\n1.2 Councillors of {council} direct requests for information to the Clerk.\n"
    ).encode()


@pytest.fixture
def own_index(monkeypatch, corpus_index, tmp_path):
    copy = tmp_path / "index"
    shutil.copytree(corpus_index, copy)
    monkeypatch.setenv("PROTOCOLS_INDEX_DIR", str(copy))
    monkeypatch.setenv("PROTOCOLS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PROTOCOLS_TODAY", "2026-11-22")
    st.cache_resource.clear()
    yield copy
    st.cache_resource.clear()


def add_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/add.py").run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].set_value((name, data, "text/plain")).run()
    assert not at.exception, at.exception
    return at


def click_add(at: AppTest) -> AppTest:
    next(b for b in at.button if b.label == "Add to the index").click().run()
    assert not at.exception, at.exception
    success = [s.value for s in at.success]
    at.run()  # as the browser's next interaction would: the emptied uploader is drawn
    at.success_before = success
    return at


def councils(index_dir) -> list[str]:
    return open_index(Settings(index_dir=index_dir)).councils


def test_a_second_upload_of_the_same_name_asks_and_can_keep_both(own_index, tmp_path):
    at = click_add(upload(add_page(), "protocol.txt", protocol("Alphaby Parish Council")))
    assert "Added Alphaby Parish Council" in at.success_before[0]
    upload(at, "protocol.txt", protocol("Betaford Parish Council"))
    assert "already in the index (Alphaby Parish Council)" in at.warning[0].value
    at.radio(key="upload-conflict").set_value("Keep both").run()
    click_add(at)
    assert not at.error and "Added Betaford Parish Council" in at.success_before[0]
    assert {"Alphaby Parish Council", "Betaford Parish Council"} <= set(councils(own_index))
    assert sorted(p.name for p in (tmp_path / "data" / "uploads").glob("*.txt")) == ["protocol-2.txt", "protocol.txt"]


def test_replace_puts_the_new_protocol_in_place_of_the_old(own_index, tmp_path):
    at = click_add(upload(add_page(), "protocol.txt", protocol("Alphaby Parish Council")))
    upload(at, "protocol.txt", protocol("Betaford Parish Council"))
    at.radio(key="upload-conflict").set_value("Replace Alphaby Parish Council's protocol").run()
    click_add(at)
    names = councils(own_index)
    assert "Betaford Parish Council" in names and "Alphaby Parish Council" not in names
    assert [p.name for p in (tmp_path / "data" / "uploads").glob("*.txt")] == ["protocol.txt"]


def test_two_sessions_each_add_their_own_upload(own_index):
    one = upload(add_page(), "protocol.txt", protocol("Alphaby Parish Council"))
    two = upload(add_page(), "protocol.txt", protocol("Betaford Parish Council"))
    click_add(one)
    assert "Added Alphaby Parish Council" in one.success_before[0]
    assert "Betaford Parish Council" in "\n".join(m.value for m in two.markdown)  # its own preview
    two.run()  # its next interaction: the name is now taken, so it is asked
    two.radio(key="upload-conflict").set_value("Keep both").run()
    click_add(two)
    assert not two.error and "Added Betaford Parish Council" in two.success_before[0]


def test_a_300_character_name_is_shortened_and_added(own_index, tmp_path):
    at = click_add(upload(add_page(), "p" * 296 + ".txt", protocol("Longname Parish Council")))
    assert not at.error and "Added Longname Parish Council" in at.success_before[0]
    (filed,) = (tmp_path / "data" / "uploads").glob("*.txt")
    assert len(filed.name) <= 90


def test_a_failed_reupload_keeps_the_earlier_good_file(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", model="fake")
    path, _ = stage_upload("protocol.txt", protocol("Alphaby Parish Council"), settings, "s1")
    add_staged(path, settings, FakeEmbedder)
    filed = tmp_path / "data" / "uploads" / "protocol.txt"
    good = filed.read_bytes()
    path, _ = stage_upload("protocol.txt", protocol("Betaford Parish Council"), settings, "s2")
    with pytest.raises(RuntimeError, match="simulated crash"):
        add_staged(path, settings, lambda: FakeEmbedder(fail_after=0), on_conflict="replace")
    assert filed.read_bytes() == good
    index = open_index(settings, embedder=FakeEmbedder)
    assert index.councils == ["Alphaby Parish Council"]
