"""Deep links, language from the browser, and tables that keep what was typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strategy.i18n import t
from strategy.steps import STEPS
from tests.browser.conftest import open_page, wait_idle

pytestmark = pytest.mark.browser


def nav_links(page) -> list[str]:
    return [text.strip() for text in page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()]


def test_a_deep_link_on_a_fresh_server_opens_that_step_inside_the_app(browser, server):
    # First request this server ever gets: a bookmark to a step, not the root.
    page = open_page(browser, f"{server}/objectives?s=bookmark")
    assert page.locator("h1").first.inner_text() == "Objectives"
    titles = [t(f"steps.{step.key}.title", "en") for step in STEPS]
    assert [link.split("\n")[-1] for link in nav_links(page)] == titles, "the app's own menu, not file names"
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text(t("sidebar.projector", "en"), exact=True).is_visible(), "the app's sidebar"
    page.context.close()


@pytest.mark.parametrize(
    ("locale", "title"),
    [("fr-FR", "Démarrer"), ("fr-CA", "Démarrer"), ("en-US", "Start"), ("de-DE", "Start")],
)
def test_the_start_page_speaks_the_browser_language(browser, server, locale, title):
    page = open_page(browser, server, locale=locale)
    assert page.locator("h1").first.inner_text() == title
    page.context.close()


def test_a_row_typed_in_a_table_survives_leaving_the_page(browser, server):
    page = open_page(browser, f"{server}/listen")
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.hover()
    page.get_by_role("button", name="Add row").first.click()
    wait_idle(page)
    box = grid.bounding_box()
    page.mouse.dblclick(box["x"] + 150, box["y"] + 52)
    page.wait_for_timeout(300)
    page.keyboard.type("croissant", delay=30)  # at a person's pace: the cell editor is React state
    page.wait_for_timeout(200)
    page.keyboard.press("Enter")
    wait_idle(page)
    page.locator('[data-testid="stSidebarNav"] a', has_text="SWOT").click()
    page.wait_for_selector("h1:has-text('SWOT')")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Listen").click()
    page.wait_for_selector("h1:has-text('Listen')")
    wait_idle(page)
    saved = download_strategy(page)
    assert [keyword["term"] for keyword in saved["listening"]["keywords"]] == ["croissant"]
    page.context.close()


def download_strategy(page) -> dict:
    """Save the strategy through the sidebar button, as a person would, and read the file."""
    with page.expect_download() as download:
        page.get_by_role("button", name=t("sidebar.save", "en")).first.click()
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
