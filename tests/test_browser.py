"""End to end in a real browser: the app served as `make app` serves it, driven by Playwright
in Debian's headless Chromium. Saves a screenshot under test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.model]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"
# As root, in a sandbox with no network but the package registries.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the app server exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the app server did not become healthy in time")


@pytest.fixture
def app_server(corpus_index, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "PROTOCOLS_INDEX_DIR": str(corpus_index),
        "PROTOCOLS_DATA_DIR": str(tmp_path / "data"),
        "PROTOCOLS_TODAY": "2026-11-22",
    }
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, server)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser-deps installs it)")
def test_ask_in_a_real_browser_and_open_a_citation(app_server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            try:
                councillors_session(page, app_server)
            except AssertionError:
                page.screenshot(path=str(ARTIFACTS / "app-failure.png"), full_page=True)
                raise
        finally:
            browser.close()
    assert (ARTIFACTS / "app-answer.png").stat().st_size > 10_000


def councillors_session(page, url: str) -> None:  # noqa: ANN001
    """A yes/no question (its verdict first, in bold, where the example questions were), another
    question, a follow-up for Battle, a citation opened."""
    from playwright.sync_api import expect

    page.goto(url, wait_until="domcontentloaded")
    box = page.get_by_test_id("stChatInputTextArea")
    expect(box).to_be_visible(timeout=120_000)  # the model and index load behind a spinner
    # The app's name sits above the page navigation in the sidebar.
    logo, nav = page.get_by_test_id("stSidebarLogo"), page.get_by_test_id("stSidebarNav")
    expect(logo).to_be_visible()
    assert logo.bounding_box()["y"] + logo.bounding_box()["height"] <= nav.bounding_box()["y"]
    example = page.get_by_role("button", name="Must the Clerk attend a party group meeting?")
    expect(example).to_be_visible()
    box.fill("Can our group make the clerk come to our meeting?")
    box.press("Enter")
    expect(page.get_by_text("No. Yateley Town Council, clause 8.2").first).to_be_visible(timeout=120_000)
    expect(page.get_by_role("button", name="Download (Markdown)").first).to_be_visible(timeout=60_000)
    # The example questions went when the first question was asked; the verdict is in bold.
    expect(example).to_have_count(0)
    header = page.get_by_role("heading", name="Ask about the protocols").bounding_box()
    question = page.get_by_test_id("stChatMessage").first.bounding_box()
    assert question["y"] - (header["y"] + header["height"]) < 80, "the first question sits right under the header"
    expect(page.get_by_test_id("stChatMessage").nth(1).locator("strong").first).to_have_text("No.")
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("What can councillors expect from officers?")
    box.press("Enter")
    expect(page.get_by_role("button", name="Download (Markdown)").nth(1)).to_be_visible(timeout=120_000)
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("what about Battle?")
    box.press("Enter")
    expect(page.get_by_role("button", name="Download (Markdown)").nth(2)).to_be_visible(timeout=120_000)
    battle = page.get_by_test_id("stExpander").filter(has_text="[1] Battle Town Council — clause")
    expect(battle.last).to_be_visible(timeout=60_000)
    # Open the first answer's citation for the screenshot.
    citation = page.get_by_test_id("stExpander").filter(has_text="Yateley Town Council — clause 8.2").first
    citation.get_by_text("Yateley Town Council — clause 8.2").click()
    expect(citation.get_by_text("Party political groups have no power to require the Town Clerk")).to_be_visible(
        timeout=30_000
    )
    expect(citation.get_by_role("switch", name="View in document")).to_be_visible()
    citation.scroll_into_view_if_needed()
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "app-answer.png"), full_page=True)
