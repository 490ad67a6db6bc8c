"""A step in parts: one tab per part, and only the open part is drawn.

A step like Listen asks for six different things. Shown as tabs, each part fits on a
projected screen, and a page run draws one part instead of all of them (a table editor
costs more than the rest of a page). The open part is remembered for each step, so coming
back to a step, or switching language, reopens the part the user was working on.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from ui.state import lang, tr


def open_part_key(step: str) -> str:
    """Where the open part of `step` is remembered: its key, the same in both languages."""
    return f"open_part:{step}"


def tabs_key(step: str, lang: str) -> str:
    """The tabs widget: it holds the open label, so its key carries the labels' language."""
    return f"parts:{step}:{lang}"


def step_parts(step: str, parts: dict[str, Callable[[], None]]) -> None:
    """Draw the tabs of `step`, one per part (its key -> what draws it; its label is
    `parts.<step>.<key>`), and the open part."""
    keys = list(parts)
    labels = [tr(f"parts.{step}.{key}") for key in keys]
    widget = tabs_key(step, lang())
    opened = st.session_state.get(open_part_key(step))

    def remember() -> None:
        st.session_state[open_part_key(step)] = keys[labels.index(st.session_state[widget])]

    tabs = st.tabs(
        labels,
        key=widget,
        default=labels[keys.index(opened)] if opened in keys else labels[0],
        on_change=remember,
    )
    for key, tab in zip(keys, tabs, strict=True):
        if tab.open:
            with tab:
                parts[key]()
