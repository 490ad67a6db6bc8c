"""Step 5: choose the few channels worth the effort, and how to speak on them."""

import streamlit as st

from strategy.catalogue import catalogue
from strategy.charts import channel_matrix, workload_chart
from strategy.describe import captions
from strategy.i18n import format_date
from strategy.model import ChannelPlan
from strategy.scoring import score_channels
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import lang, strategy, tr
from ui.tables import Column, item_link, item_table, platform_link

step_header("channels")
current = strategy()
platforms = catalogue()


def scores() -> None:
    about = st.expander(
        tr("channels.catalogue", date=format_date(platforms.updated, lang())),
        icon=":material/hub:",
        key="channel_catalogue",
        on_change="rerun",
    )
    if about.open:  # the catalogue table is built only when someone reads it
        about.dataframe(
            [
                {
                    tr("channels.platform"): channel.name,
                    tr("channels.effort"): channel.effort,
                    tr("channels.good_for"): channel.good_for[lang()],
                    tr("channels.audiences"): channel.audiences[lang()],
                    tr("channels.formats"): channel.formats[lang()],
                }
                for channel in platforms.channels.values()
            ],
            hide_index=True,
        )
    st.caption(tr("scoring.hint"))
    scored = score_channels(current)
    st.dataframe(
        [
            {
                tr("channels.platform"): score.name,
                tr("scoring.score"): score.score,
                tr("scoring.why"): " ".join(
                    tr(f"scoring.{reason.code}", **reason.params) for reason in score.reasons
                ),
            }
            for score in scored
        ],
        hide_index=True,
        column_config={
            tr("scoring.score"): st.column_config.ProgressColumn(min_value=0, max_value=100, format="%d")
        },
    )
    chosen = {plan.platform for plan in current.channels.plans if plan.chosen}
    st.plotly_chart(channel_matrix(scored, chosen, lang()), key="channel_matrix")


def plans() -> None:
    names = captions(current, lang())
    st.caption(tr("channels.plans_hint"))
    item_table(
        current.channels.plans,
        ChannelPlan,
        [
            Column("chosen", "channels.chosen", "check", width="small"),
            platform_link("platform", "channels.platform"),
            Column("mission", "channels.mission", "long"),
            item_link("objective_ids", "channels.objectives", current.objectives, names, many=True),
            item_link("persona_ids", "channels.personas", current.personas, names, many=True),
            Column("content_types", "channels.content_types"),
            Column("tone", "channels.tone"),
            Column("posts_per_week", "channels.posts_per_week", "number", min_value=0),
            Column("minutes_per_post", "channels.minutes_per_post", "number", min_value=0),
            Column("owner", "channels.owner"),
        ],
        "channel_plans",
    )
    st.plotly_chart(workload_chart(current, lang()), key="workload_chart")


def editorial_line() -> None:
    editorial = current.channels.editorial
    bind.text(editorial, "positioning", "channels.positioning", area=True)
    left, right = st.columns(2)
    with left:
        bind.text(editorial, "voice", "channels.voice", area=True)
        bind.text(editorial, "hot_content", "channels.hot_content", area=True)
    with right:
        bind.text(editorial, "pillars", "channels.pillars", area=True)
        bind.text(editorial, "cold_content", "channels.cold_content", area=True)


def launch() -> None:
    bind.text(current.channels, "visibility_levers", "channels.visibility_levers", area=True)
    bind.day(current.channels, "launch_date", "channels.launch_date")


step_parts(
    "channels",
    {
        "scores": scores,
        "plans": plans,
        "editorial": editorial_line,
        "launch": launch,
    },
)
step_footer("channels")
