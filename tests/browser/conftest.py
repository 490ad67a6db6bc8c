"""A real server and a real Chromium, for what only a browser shows.

Without Chromium the tests skip with the reason, except under CI (CI=true), where a missing
browser is a failure: CI installs it, so its absence means the pipeline is broken.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.server import free_port, start_server, wait_healthy

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    _require(
        Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None, f"Chromium not found at {CHROMIUM}"
    )
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A freshly started app server for each test module; yields its base URL."""
    port = free_port()
    process = start_server(port)
    try:
        wait_healthy(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def open_page(browser, url: str, locale: str = "en-US", width: int = 1440, height: int = 900):
    context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector("h1", timeout=20_000)
    wait_idle(page)
    return page


def wait_idle(page, settle_ms: int = 300) -> None:
    """Wait until the app has finished its current run (Streamlit's status widget is gone)."""
    page.wait_for_timeout(settle_ms)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=20_000)
