"""The wizard's menu: one navigation page per step, each marked with how complete it is."""

from __future__ import annotations

import streamlit as st

from strategy.model import Strategy
from strategy.steps import STEPS, Status
from ui.state import lang, tr

STATUS_ICONS = {
    Status.empty: ":material/radio_button_unchecked:",
    Status.partial: ":material/clock_loader_40:",
    Status.done: ":material/check_circle:",
}
PAGES = "menu_pages"


def step_pages(current: Strategy) -> list[st.Page]:
    """The pages for `st.navigation`, kept for the session while the language and the marks
    stay the same: making a page checks its file on disk, and every run needs all nine.

    Kept per session, never shared: navigation marks which page of the list may run.
    """
    marks = tuple(STATUS_ICONS.get(step.status(current), step.icon) for step in STEPS)
    version = (lang(), marks)
    kept = st.session_state.get(PAGES)
    if kept is not None and kept[0] == version:
        return kept[1]
    pages = [
        st.Page(
            step.page_file,
            title=tr(f"steps.{step.key}.title"),
            icon=icon,
            url_path=step.key,
            default=step.key == "start",
            help=tr(f"steps.{step.key}.help"),
        )
        for step, icon in zip(STEPS, marks, strict=True)
    ]
    st.session_state[PAGES] = (version, pages)
    return pages
