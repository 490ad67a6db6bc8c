"""Step 8: how complete the strategy is, a one-page summary, and the files to take away."""

import streamlit as st

from strategy import persistence
from strategy.catalogue import catalogue
from strategy.describe import captions
from strategy.i18n import label
from strategy.steps import STEPS
from ui.coach_panel import all_findings
from ui.layout import step_footer, step_header
from ui.parts import step_parts
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
platforms = catalogue()


def completeness() -> None:
    share_label = tr("review.filled")
    st.dataframe(
        [
            {tr("review.step"): tr(f"steps.{step.key}.title"), share_label: round(share * 100)}
            for step in STEPS
            if (share := step.completeness(current)) is not None
        ],
        hide_index=True,
        column_config={
            share_label: st.column_config.ProgressColumn(min_value=0, max_value=100, format="%d %%")
        },
    )


def summary() -> None:
    names = captions(current, lang())
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


def take_away() -> None:
    stem = persistence.file_name(current).removesuffix(".strategy.json")
    language = lang()
    with st.container(horizontal=True):
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


step_parts(
    "review",
    {
        "take_away": take_away,
        "completeness": completeness,
        "coach": all_findings,
        "summary": summary,
    },
)
step_footer("review")
