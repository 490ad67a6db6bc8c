"""Projector mode on a 1280×720 projector, accessibility (axe-core) on every page, the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy.i18n import t
from strategy.steps import STEPS
from tests.browser.conftest import open_page, wait_idle

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(__file__).parent.parent.parent / "docs" / "screenshots"


def open_example(page, key: str = "association") -> None:
    page.locator(f".st-key-open_example_{key} button").click()
    wait_idle(page, settle_ms=800)


def test_projector_mode_shows_title_and_progress_without_scrolling(browser, server):
    folder = SCREENSHOTS / "projector"
    folder.mkdir(parents=True, exist_ok=True)
    page = open_page(browser, server, locale="fr-FR", width=1280, height=720)
    open_example(page)
    page.locator('[data-testid="stSidebar"]').get_by_text(t("sidebar.projector", "fr")).click()
    wait_idle(page, settle_ms=800)
    for step in STEPS:
        title = t(f"steps.{step.key}.title", "fr")
        page.locator(
            '[data-testid="stTopNavLink"], [data-testid="stNavSectionHeader"], header a', has_text=title
        ).first.click()
        page.wait_for_selector(f"h1:has-text('{title}')")
        wait_idle(page, settle_ms=600)
        heading = page.locator(".stMainBlockContainer h1").bounding_box()
        progress = page.locator(".stMainBlockContainer [data-testid='stProgress']").bounding_box()
        for box in (heading, progress):
            assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 720, step.key
        size = page.locator(".stMainBlockContainer h1").evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"
        )
        assert size >= 40, "readable from the back of the room"
        assert not page.locator('[data-testid="stSidebarNav"]').is_visible(), "the steps are across the top"
        page.screenshot(path=folder / f"{step.key}.fr.png")
    page.context.close()


@pytest.mark.parametrize(("lang", "locale"), [("fr", "fr-FR"), ("en", "en-GB")])
def test_no_serious_accessibility_violation_on_any_page(browser, server, lang, locale):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = open_page(browser, server, locale=locale)
    open_example(page, "library")
    problems = {}
    for step in STEPS:
        title = t(f"steps.{step.key}.title", lang)
        page.locator('[data-testid="stSidebarNav"] a', has_text=title).click()
        page.wait_for_selector(f"h1:has-text('{title}')")
        wait_idle(page, settle_ms=800)
        tabs = page.locator('.stMainBlockContainer [role="tab"]')
        for index in range(max(1, tabs.count())):  # every part of the step
            if tabs.count():
                tabs.nth(index).click()
                wait_idle(page, settle_ms=500)
            violations = axe.run(page).response["violations"]
            serious = [
                (v["id"], [n["target"] for n in v["nodes"]])
                for v in violations
                if v["impact"] in ("serious", "critical")
            ]
            if serious:
                problems[(step.key, index)] = serious
    assert problems == {}
    page.context.close()


FOCUSED = """() => {
    const element = document.activeElement;
    const owner = element.closest('[data-testid]');
    const kind = owner ? owner.getAttribute('data-testid') : element.tagName;
    const text = (element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 40);
    return kind + '|' + text;
}"""


def test_everything_is_reachable_with_the_keyboard(browser, server):
    page = open_page(browser, f"{server}/objectives")
    reached: set[str] = set()
    for _ in range(120):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(FOCUSED))
    kinds = {entry.split("|")[0] for entry in reached}
    texts = {entry.split("|")[1] for entry in reached}
    assert {"stSidebarNavLink", "stBaseButton-primary", "stBaseButton-secondary"} <= kinds, kinds
    assert any("DataFrame" in kind or "dataframe" in kind.lower() or "Glide" in kind for kind in kinds), kinds
    # Button texts carry their icon's name too ("Next: Targets arrow_forward"): look for the words.
    for expected in (
        t("layout.next", "en", step=t("steps.targets.title", "en")),
        t("layout.previous", "en", step=t("steps.swot.title", "en")),
        t("sidebar.save", "en"),
        t("layout.guide", "en")[:20],
        *(t(f"steps.{step.key}.title", "en")[:6] for step in STEPS),
    ):
        assert any(expected in text for text in texts), expected
    page.context.close()
