"""Driving the app through Streamlit's AppTest: shared by the page and autosave tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from streamlit.testing.v1 import AppTest

from strategy.i18n import t
from strategy.model import Strategy
from ui.parts import open_part_key, tabs_key

APP = str(Path(__file__).parent.parent / "app.py")
TIMEOUT = 30


def open_app(
    locale: str | None = "en-US", strategy: Strategy | None = None, strategy_id: str | None = None
) -> AppTest:
    """A new browser session: its locale, a strategy already in it, or a strategy link."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if locale:
        at.context = {"locale": locale}
    if strategy is not None:
        at.session_state["strategy"] = strategy
    if strategy_id:
        at.query_params["s"] = strategy_id
    return at.run()


def visit(at: AppTest, step: str, part: str | None = None) -> AppTest:
    """Go to a step, on one of its parts (its key) when given."""
    if part is not None:
        at.session_state[open_part_key(step)] = part
    return at.switch_page(f"app_pages/{step}.py").run()


def open_part(at: AppTest, step: str, part: str) -> AppTest:
    """Click the tab of a part (its key) on the step shown."""
    lang = at.session_state["lang"]
    at.session_state[open_part_key(step)] = part
    at.session_state[tabs_key(step, lang)] = t(f"parts.{step}.{part}", lang)
    return at.run()


def parts(at: AppTest) -> list[str]:
    """The tab labels of the step shown (none for a step in one part)."""
    return [tab.label for tab in at.tabs]


def each_part(at: AppTest, step: str) -> Iterator[str]:
    """Show every part of the step shown in turn (its label), or the step once when it has none."""
    labels = parts(at)
    if not labels:
        yield ""
        return
    lang = at.session_state["lang"]
    for label in labels:
        at.session_state[tabs_key(step, lang)] = label
        at.run()
        yield label


def widget_key(at: AppTest, model: str, field: str, item_id: str = "") -> str:
    """The key of the widget bound to `model.field` (see ui.bind.widget_key)."""
    return f"g{at.session_state['generation']}:{model}:{item_id}:{field}"
