"""A picture of every step, filled, for the README and docs/screenshots/ (written by the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy import persistence
from strategy.i18n import t
from strategy.steps import STEPS
from tests.browser.conftest import open_page, wait_idle
from tests.factories import full_strategy

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).parent.parent.parent / "docs" / "screenshots"


def load_file(page, data: bytes, tmp_path: Path) -> None:
    """Open a strategy file through the sidebar uploader."""
    path = tmp_path / "strategy.json"
    path.write_bytes(data)
    page.locator('[data-testid="stSidebar"] input[type="file"]').set_input_files(str(path))
    wait_idle(page, settle_ms=800)


def test_a_strategy_file_loads_through_the_sidebar(browser, server, tmp_path):
    strategy = full_strategy()
    page = open_page(browser, server)
    load_file(page, persistence.dumps(strategy), tmp_path)
    assert page.get_by_text(t("load.done", "en", name=strategy.organisation.name)).is_visible()
    assert page.get_by_text("100 %").first.is_visible()
    page.context.close()


def test_every_step_of_a_worked_example_in_both_languages(browser, server):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for lang, locale in (("en", "en-GB"), ("fr", "fr-FR")):
        page = open_page(browser, server, locale=locale)
        page.locator(".st-key-open_example_association button").click()  # as a facilitator would
        wait_idle(page, settle_ms=800)
        notice = t("start.example_done", lang, name=t("examples.association.title", lang))
        assert page.get_by_text(notice).is_visible()
        for step in STEPS:
            title = t(f"steps.{step.key}.title", lang)
            page.locator('[data-testid="stSidebarNav"] a', has_text=title).click()  # same session
            page.wait_for_selector(f"h1:has-text('{title}')")
            wait_idle(page, settle_ms=600)
            assert page.get_by_text("100 %").first.is_visible(), "the loaded strategy is on screen"
            page.screenshot(path=SCREENSHOTS / f"{step.key}.{lang}.png")
        page.context.close()
    assert len(list(SCREENSHOTS.glob("*.png"))) >= 2 * len(STEPS)
