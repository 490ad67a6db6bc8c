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


def finding_message(finding: Finding) -> str:
    """Severity badge, what is wrong, why it matters and what to do, as one Markdown block.

    Only our own locale texts and numbers go in here; the user's text stays in `subject`.
    """
    badge = (
        f":{BADGE_COLOURS[finding.severity]}-badge[{ICONS[finding.severity]} "
        f"{tr(f'coach.severity.{finding.severity.name}')}]"
    )
    what, why, fix = (tr(f"coach.{finding.code}.{part}", **finding.params) for part in ("what", "why", "fix"))
    return f"{badge} **{what}**\n\n{why}\n\n→ {fix}"


def show_finding(finding: Finding, *, link: bool = False) -> None:
    with st.container(border=True, key=f"finding_{finding.code}_{abs(hash(finding.subject))}"):
        st.markdown(finding_message(finding))
        if finding.subject:
            st.text(f"{tr('coach.about')} {finding.subject}")  # user text: never Markdown
        if link:
            step = STEP_BY_KEY[finding.step]
            st.page_link(
                step.page_file,
                label=tr("coach.go_to", step=tr(f"steps.{step.key}.title")),
                icon=":material/arrow_forward:",
            )


def step_findings(step_key: str) -> None:
    """The coach's feedback on what the user entered on this step."""
    findings = [finding for finding in review(strategy()) if finding.step == step_key]
    if not findings:
        st.success(f"**{tr('coach.title')}** — {tr('coach.none')}", icon=":material/check:")
        return
    st.subheader(tr("coach.title"), anchor=False)
    for finding in findings:
        show_finding(finding)


def all_findings() -> None:
    """Every finding, most severe first, each with a link to the step that fixes it."""
    findings = review(strategy())
    if not findings:
        st.success(tr("coach.all_none"), icon=":material/check:")
    for finding in findings:
        show_finding(finding, link=True)
