"""A person's whole walk through the wizard in a real browser, in French and in English.

Start from nothing, fill every step with the keyboard and the mouse, go back and forth, switch
language on the way, download the strategy file and the Word document through the browser, and
check they hold what was typed.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document
from playwright.sync_api import expect

from strategy.i18n import t
from tests.browser.conftest import open_page, wait_idle

pytestmark = pytest.mark.browser
ROW_HEIGHT, HEADER_HEIGHT = 35, 35


def nav(page, lang: str, step: str) -> None:
    title = t(f"steps.{step}.title", lang)
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).click()
    page.wait_for_selector(f"h1:has-text('{title}')")
    wait_idle(page)


def next_step(page, lang: str, step: str) -> None:
    page.get_by_role("button", name=t("layout.next", lang, step=t(f"steps.{step}.title", lang))).click()
    page.wait_for_selector(f"h1:has-text('{t(f'steps.{step}.title', lang)}')")
    wait_idle(page)


def part(page, lang: str, step: str, key: str) -> None:
    """Open one part of the step shown, by its tab, and wait for the app to draw it."""
    tab = page.get_by_role("tab", name=t(f"parts.{step}.{key}", lang), exact=True)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    wait_idle(page, settle_ms=600)  # the part is drawn by the run the click starts


def fill(page, label: str, text: str) -> None:
    """Type into a labelled field and leave it, as a person does (Tab sends the value)."""
    field = page.get_by_label(label, exact=True)
    field.click()
    field.fill(text)
    field.press("Tab")
    wait_idle(page)


def add_row(page, grid_index: int, text: str, *, column: int = 0, row: int = 0) -> None:
    """Add a row (the `row`-th) to a table and type `text` into one of its cells, counted from the left."""
    grid = page.locator('[data-testid="stDataFrame"]:visible').nth(grid_index)  # in the open part
    grid.scroll_into_view_if_needed()
    grid.hover()
    # The toolbar floats over the grid's scroller, which takes the pointer: click the button itself.
    grid.get_by_role("button", name="Add row").dispatch_event("click")
    wait_idle(page)
    box = grid.bounding_box()
    page.mouse.click(
        box["x"] + 50, box["y"] + HEADER_HEIGHT + ROW_HEIGHT * row + ROW_HEIGHT / 2
    )  # select a cell
    wait_idle(page)  # a click on a checkbox cell ticks it, and the app reruns
    for _ in range(column):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")  # open the cell's editor first, so no keystroke is lost opening it
    page.wait_for_timeout(300)
    page.keyboard.type(text, delay=30)
    page.wait_for_timeout(200)
    page.keyboard.press("Enter")
    wait_idle(page)


def download(page, button: str) -> bytes:
    with page.expect_download() as downloaded:
        page.get_by_role("button", name=button).first.click()
    return Path(downloaded.value.path()).read_bytes()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_whole_walk_through_the_wizard(browser, server, lang):
    page = open_page(browser, server, locale={"en": "en-GB", "fr": "fr-FR"}[lang])
    say = lambda key, **params: t(key, lang, **params)  # noqa: E731

    # Start: the organisation
    fill(page, say("start.name"), "Atelier <b>Lumière</b> $10")
    fill(page, say("start.sector"), "Photographie")
    fill(page, say("start.mission"), "Apprendre la photo à tous 📷")
    page.get_by_label(say("start.kind"), exact=True).click()
    page.get_by_role("option", name=say("enum.OrgKind.association")).click()
    wait_idle(page)
    part(page, lang, "start", "goals")
    add_row(page, 0, "Recruit 20 members")
    part(page, lang, "start", "resources")
    fill(page, say("start.hours_per_week"), "6")

    next_step(page, lang, "listen")
    add_row(page, 0, "atelier lumiere")
    part(page, lang, "listen", "findings")
    add_row(page, 0, "People ask for evening classes")
    next_step(page, lang, "swot")
    add_row(page, 0, "Passionate teachers", column=1)
    next_step(page, lang, "objectives")
    add_row(page, 0, "Sign up 20 new members")

    page.get_by_role("button", name=say("layout.previous", step=say("steps.swot.title"))).click()  # back...
    page.wait_for_selector(f"h1:has-text('{say('steps.swot.title')}')")
    wait_idle(page)
    next_step(page, lang, "objectives")  # ...and forth

    next_step(page, lang, "targets")
    page.get_by_role("button", name=say("targets.add")).click()
    wait_idle(page)
    fill(page, say("targets.name"), "Young adults")
    page.get_by_role("button", name=say("targets.add")).click()  # a second persona...
    wait_idle(page)
    fill(page, say("targets.name"), "Retired photographers")
    page.get_by_label(say("targets.pick")).click()  # ...and back to the first one
    page.get_by_role("option", name="Young adults").click()
    wait_idle(page)
    assert page.get_by_label(say("targets.name"), exact=True).input_value() == "Young adults"
    next_step(page, lang, "channels")
    part(page, lang, "channels", "plans")
    add_row(page, 0, "Show the workshop's photos", column=2)
    grid = page.locator('[data-testid="stDataFrame"]:visible').nth(0)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 50, box["y"] + HEADER_HEIGHT + ROW_HEIGHT / 2)  # the "chosen" cell
    page.keyboard.press("Space")  # tick it from the keyboard
    wait_idle(page)
    next_step(page, lang, "engagement")
    if lang == "en":  # switch language on the way: everything follows, nothing is lost
        page.locator('[data-testid="stSidebar"]').get_by_text("Français", exact=True).click()
        page.wait_for_selector(f"h1:has-text('{t('steps.engagement.title', 'fr')}')")
        wait_idle(page)
        lang = "fr"
        say = lambda key, **params: t(key, "fr", **params)  # noqa: E731
    part(page, lang, "engagement", "responding")
    fill(page, say("engagement.response_time"), "4")
    part(page, lang, "engagement", "charters")
    fill(page, say("engagement.crisis"), "Pause posts, answer within the hour")
    next_step(page, lang, "measurement")
    add_row(page, 0, "New members from the website", column=1)
    next_step(page, lang, "review")

    saved = json.loads(download(page, say("sidebar.save")))
    assert saved["organisation"]["name"] == "Atelier <b>Lumière</b> $10"
    assert saved["organisation"]["kind"] == "association" and saved["organisation"]["hours_per_week"] == 6
    assert [g["text"] for g in saved["organisation"]["business_goals"]] == ["Recruit 20 members"]
    assert [k["term"] for k in saved["listening"]["keywords"]] == ["atelier lumiere"]
    assert [f["text"] for f in saved["listening"]["findings"]] == ["People ask for evening classes"]
    assert [i["text"] for i in saved["swot"]["items"]] == ["Passionate teachers"]
    assert [o["statement"] for o in saved["objectives"]] == ["Sign up 20 new members"]
    assert [p["name"] for p in saved["personas"]] == ["Young adults", "Retired photographers"]
    assert [(c["mission"], c["chosen"]) for c in saved["channels"]["plans"]] == [
        ("Show the workshop's photos", True)
    ]
    assert saved["engagement"]["response_time_hours"] == 4
    assert [k["name"] for k in saved["measurement"]["kpis"]] == ["New members from the website"]

    document = Document(io.BytesIO(download(page, say("export.word_document"))))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    for typed in (
        "Atelier <b>Lumière</b> $10",
        "Apprendre la photo à tous 📷",
        "Sign up 20 new members",
        "Young adults",
        "Pause posts, answer within the hour",
    ):
        assert typed in text, typed
    assert t("export.summary", lang) in text, "the document follows the chosen language"

    nav(page, lang, "start")  # back at the start, on the part left open, everything is still there
    assert page.get_by_label(say("start.hours_per_week"), exact=True).input_value() == "6.00"
    part(page, lang, "start", "organisation")
    assert page.get_by_label(say("start.name"), exact=True).input_value() == "Atelier <b>Lumière</b> $10"
    page.context.close()
