"""Step 8: how complete the strategy is, a one-page summary, and the files to take away."""

import streamlit as st

from strategy import persistence
from strategy.catalogue import catalogue
from strategy.describe import captions
from strategy.i18n import label
from strategy.steps import STEPS
from ui.coach_panel import all_findings
from ui.layout import step_footer, step_header
from ui.sidebar import save_button
from ui.state import lang, strategy, tr

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _strategy_docx(strategy, language: str) -> bytes:
    from strategy.export.document import (
        strategy_document,
    )  # python-docx and matplotlib: loaded on first export

    return strategy_document(strategy, language)


def _brief_docx(strategy, language: str) -> bytes:
    from strategy.export.brief import agency_brief

    return agency_brief(strategy, language)


step_header("review")
current = strategy()
names = captions(current, lang())
platforms = catalogue()

st.subheader(tr("review.completeness"), anchor=False)
for step in STEPS:
    share = step.completeness(current)
    if share is None:
        continue
    left, right = st.columns([2, 3])
    with left:
        st.page_link(step.page_file, label=tr(f"steps.{step.key}.title"), icon=step.icon)
    with right:
        st.progress(share, text=f"{round(share * 100)} %")

st.subheader(tr("coach.title"), anchor=False)
all_findings()

st.subheader(tr("review.summary"), anchor=False)
org = current.organisation
st.text(org.name or tr("common.unnamed"))
if org.mission:
    st.text(org.mission)
st.markdown(f"**{tr('review.objectives')}**")
if current.objectives:
    st.dataframe(
        [
            {
                tr("objectives.statement"): names[o.id],
                tr("objectives.target"): o.target,
                tr("objectives.unit"): o.unit,
                tr("objectives.deadline"): o.deadline,
            }
            for o in current.objectives
        ],
        hide_index=True,
    )
else:
    st.caption(tr("review.none"))
st.markdown(f"**{tr('review.channels')}**")
chosen = [plan for plan in current.channels.plans if plan.chosen]
if chosen:
    st.dataframe(
        [
            {
                tr("channels.platform"): platforms.name(p.platform),
                tr("channels.mission"): p.mission,
            }
            for p in chosen
        ],
        hide_index=True,
    )
else:
    st.caption(tr("review.none"))
st.markdown(f"**{tr('review.kpis')}**")
if current.measurement.kpis:
    st.dataframe(
        [
            {
                tr("measurement.name"): k.name,
                tr("measurement.kind"): label(k.kind, lang()) if k.kind else "",
                tr("measurement.target"): k.target,
                tr("measurement.deadline"): k.deadline,
            }
            for k in current.measurement.kpis
        ],
        hide_index=True,
    )
else:
    st.caption(tr("review.none"))

st.subheader(tr("review.take_away"), anchor=False)
stem = persistence.file_name(current).removesuffix(".strategy.json")
language = lang()
documents, brief = st.columns(2)
with documents:
    st.download_button(
        tr("export.word_document"),
        data=lambda: _strategy_docx(current, language),  # built only when asked for
        file_name=f"{stem}.{tr('export.file_strategy')}.docx",
        mime=DOCX_MIME,
        icon=":material/description:",
        on_click="ignore",
        type="primary",
        key="export_document",
        help=tr("export.word_help"),
    )
with brief:
    st.download_button(
        tr("export.brief_document"),
        data=lambda: _brief_docx(current, language),
        file_name=f"{stem}.{tr('export.file_brief')}.docx",
        mime=DOCX_MIME,
        icon=":material/handshake:",
        on_click="ignore",
        key="export_brief",
        help=tr("export.brief_help"),
    )
save_button(key="review_save")

step_footer("review")
