"""The coach's findings, on each step and all together on the review page."""

from __future__ import annotations

import streamlit as st

from strategy.coach import Finding, Severity, review
from strategy.steps import STEP_BY_KEY
from ui.state import strategy, tr

BADGE_COLOURS = {Severity.critical: "red", Severity.warning: "orange", Severity.info: "blue"}
ICONS = {
    Severity.critical: ":material/error:",
    Severity.warning: ":material/warning:",
    Severity.info: ":material/lightbulb:",
}


def show_finding(finding: Finding, *, link: bool = False) -> None:
    with st.container(border=True, key=f"finding_{finding.code}_{abs(hash(finding.subject))}"):
        st.badge(
            tr(f"coach.severity.{finding.severity.name}"),
            icon=ICONS[finding.severity],
            color=BADGE_COLOURS[finding.severity],
        )
        st.markdown(f"**{tr(f'coach.{finding.code}.what', **finding.params)}**")
        if finding.subject:
            st.text(f"{tr('coach.about')} {finding.subject}")  # user text: never Markdown
        st.markdown(tr(f"coach.{finding.code}.why", **finding.params))
        st.markdown(f"→ {tr(f'coach.{finding.code}.fix', **finding.params)}")
        if link:
            step = STEP_BY_KEY[finding.step]
            st.page_link(
                step.page_file,
                label=tr("coach.go_to", step=tr(f"steps.{step.key}.title")),
                icon=":material/arrow_forward:",
            )


def step_findings(step_key: str) -> None:
    """The coach's feedback on what the user entered on this step."""
    st.subheader(tr("coach.title"), anchor=False)
    findings = [finding for finding in review(strategy()) if finding.step == step_key]
    if not findings:
        st.success(tr("coach.none"), icon=":material/check:")
    for finding in findings:
        show_finding(finding)


def all_findings() -> None:
    """Every finding, most severe first, each with a link to the step that fixes it."""
    findings = review(strategy())
    if not findings:
        st.success(tr("coach.all_none"), icon=":material/check:")
    for finding in findings:
        show_finding(finding, link=True)
