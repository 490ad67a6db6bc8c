"""What every step page shares: its header (title, progress, why), Previous / Next, notices."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from strategy.guidance import guidance
from strategy.steps import STEP_BY_KEY, STEPS, neighbours, overall_completeness
from ui import autosave
from ui.coach_panel import step_findings
from ui.state import PROJECTOR, lang, pop_notice, strategy, tr

ASSETS = Path(__file__).parent.parent / "assets"
APP_CSS = (ASSETS / "app.css").read_text(encoding="utf-8")
PROJECTOR_CSS = (ASSETS / "projector.css").read_text(encoding="utf-8")


def show_notice() -> None:
    """A message left by a callback (loaded, refused, ...) shown once."""
    notice = pop_notice()
    if notice:
        kind, message = notice
        {"success": st.success, "error": st.error, "warning": st.warning}.get(kind, st.info)(message)


def step_header(key: str) -> None:
    """Title, position in the wizard, and why this step matters."""
    step = STEP_BY_KEY[key]
    number = STEPS.index(step)
    autosave.record_step(key)
    st.title(tr(f"steps.{key}.title"), anchor=False)
    progress = overall_completeness(strategy())
    st.progress(
        progress,
        text=tr("layout.progress", number=number + 1, total=len(STEPS), percent=round(progress * 100)),
    )
    show_notice()
    st.markdown(f"**{tr('layout.why')}** {tr(f'steps.{key}.why')}")
    guide = st.expander(tr("layout.guide"), icon=":material/school:", key=f"guide_{key}", on_change="rerun")
    if guide.open:  # a page of text, sent only to those who open it
        guide.markdown(guidance(key, lang()))


def step_footer(key: str) -> None:
    """Previous / Next, each naming the step it goes to."""
    if key != "review":
        step_findings(key)
    previous, following = neighbours(key)
    # One row: Previous at the left edge, Next at the right edge (alone, it still sits right).
    alignment = "distribute" if previous else "right"
    with st.container(horizontal=True, horizontal_alignment=alignment, key="step_nav"):
        if previous and st.button(
            tr("layout.previous", step=tr(f"steps.{previous.key}.title")),
            icon=":material/arrow_back:",
            key="nav_previous",
        ):
            st.switch_page(previous.page_file)
        if following and st.button(
            tr("layout.next", step=tr(f"steps.{following.key}.title")),
            icon=":material/arrow_forward:",
            icon_position="right",
            type="primary",
            key="nav_next",
        ):
            st.switch_page(following.page_file)


def apply_styles() -> None:
    """The app's own stylesheets (never user text): contrast always, larger type in projector mode."""
    css = APP_CSS + (PROJECTOR_CSS if st.session_state.get(PROJECTOR) else "")
    st.html(f"<style>{css}</style>")
