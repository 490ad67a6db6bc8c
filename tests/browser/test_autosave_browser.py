"""A server killed mid-session (kill -9) loses nothing: the same link restores the work."""

from __future__ import annotations

import os
import signal
from urllib.parse import parse_qs, urlparse

import pytest

from strategy.i18n import t
from tests.browser.conftest import free_port, open_page, start_server, wait_healthy, wait_idle

pytestmark = pytest.mark.browser


def test_the_strategy_survives_kill_minus_nine(browser):
    port = free_port()
    server = start_server(port)
    wait_healthy(port)
    base = f"http://127.0.0.1:{port}"
    try:
        page = open_page(browser, base)
        name = page.get_by_label(t("start.name", "en"), exact=True)
        name.fill("Boulangerie <b>$5</b> 🥐")
        name.press("Tab")  # a person moves on: the value is sent, and saved at once
        wait_idle(page)
        page.locator('[data-testid="stSidebarNav"] a', has_text=t("steps.listen.title", "en")).click()
        page.wait_for_selector(f"h1:has-text('{t('steps.listen.title', 'en')}')")
        wait_idle(page)
        strategy_id = parse_qs(urlparse(page.url).query)["s"][0]
        page.context.close()
    finally:
        os.kill(server.pid, signal.SIGKILL)  # no shutdown, no flush: as a crash would
        server.wait(timeout=10)

    restarted = start_server(port)
    try:
        wait_healthy(port)
        page = open_page(browser, f"{base}/?s={strategy_id}")
        assert page.locator("h1").first.inner_text() == t("steps.listen.title", "en"), (
            "back on the step it was left on"
        )
        page.locator('[data-testid="stSidebarNav"] a', has_text=t("steps.start.title", "en")).click()
        page.wait_for_selector(f"h1:has-text('{t('steps.start.title', 'en')}')")
        wait_idle(page)
        assert (
            page.get_by_label(t("start.name", "en"), exact=True).input_value() == "Boulangerie <b>$5</b> 🥐"
        )
        page.context.close()
    finally:
        restarted.terminate()
        restarted.wait(timeout=10)


def test_this_browser_remembers_its_strategies_and_no_other_browser_sees_them(browser, server):
    page = open_page(browser, server)
    name = page.get_by_label(t("start.name", "en"), exact=True)
    name.fill("First café")
    name.press("Tab")
    wait_idle(page)
    first_id = parse_qs(urlparse(page.url).query)["s"][0]
    page.get_by_role("button", name=t("start.new", "en")).click()
    wait_idle(page)  # the choices are drawn once the popover opens
    page.get_by_role("button", name=t("start.new_confirm", "en")).click()
    wait_idle(page, settle_ms=600)
    name = page.get_by_label(t("start.name", "en"), exact=True)
    name.fill("Second bakery")
    name.press("Tab")
    wait_idle(page, settle_ms=600)  # no rerun loop: the page settles
    assert parse_qs(urlparse(page.url).query)["s"][0] != first_id

    page.locator('[data-testid="stSidebar"]').get_by_text(t("autosave.link", "en")).click()
    wait_idle(page)
    offered = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"] input')
    assert offered.input_value() == "First café", "the other strategy of this browser is offered"
    page.locator(".st-key-open_other button").click()
    wait_idle(page)
    assert page.get_by_label(t("start.name", "en"), exact=True).input_value() == "First café"
    page.context.close()

    stranger = open_page(browser, server)  # another browser: its own storage, nothing listed
    stranger.locator('[data-testid="stSidebar"]').get_by_text(t("autosave.link", "en")).click()
    wait_idle(stranger)
    assert stranger.get_by_label(t("autosave.others", "en")).count() == 0
    stranger.context.close()
