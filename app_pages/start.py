"""Step 0: start a strategy and describe the organisation it serves."""

import streamlit as st

from strategy.charts import maturity_radar
from strategy.examples import EXAMPLES, load_example
from strategy.i18n import label
from strategy.maturity import next_focus, stage, stage_names
from strategy.model import Account, Activity, BusinessGoal, BuyIn, Competency, OrgKind, Strategy
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import lang, notify, replace_strategy, strategy, tr
from ui.tables import Column, item_table, platform_link


def _start_over() -> None:
    replace_strategy(Strategy())
    notify("success", tr("start.new_done"))


def _open_example(key: str) -> None:
    replace_strategy(load_example(key, lang()))
    notify("success", tr("start.example_done", name=tr(f"examples.{key}.title")))


def _begin_options() -> None:
    """Start empty, or open a worked example; each button says what it opens."""
    st.markdown(tr("start.examples_intro"))
    columns = st.columns(len(EXAMPLES))
    for column, key in zip(columns, EXAMPLES, strict=True):
        with column.container(border=True):
            st.markdown(f"**{tr(f'examples.{key}.title')}**")
            st.caption(tr(f"examples.{key}.description"))
            st.button(
                tr("start.open_example"),
                key=f"open_example_{key}",
                on_click=_open_example,
                args=(key,),
                icon=":material/menu_book:",
            )
    st.button(tr("start.new_confirm"), on_click=_start_over, key="start_over", icon=":material/add:")


step_header("start")
current = strategy()
org = current.organisation

if current.model_dump(exclude={"meta"}) == Strategy().model_dump(exclude={"meta"}):
    _begin_options()  # nothing to lose yet
else:
    choices = st.popover(tr("start.new"), icon=":material/add:", key="new_strategy", on_change="rerun")
    if choices.open:  # the examples are drawn only when someone asks for them
        with choices:
            st.warning(tr("start.new_warning"))
            _begin_options()


def organisation() -> None:
    left, right = st.columns(2)
    with left:
        bind.text(org, "name", "start.name")
        bind.text(org, "sector", "start.sector")
    with right:
        bind.choice(org, "kind", "start.kind", OrgKind)
        bind.text(current.meta, "author", "start.author")
    bind.text(org, "mission", "start.mission", area=True)
    bind.text(org, "values", "start.values", area=True)


def goals() -> None:
    st.caption(tr("start.goals_hint"))
    item_table(
        org.business_goals,
        BusinessGoal,
        [Column("text", "start.goal_text", "long")],
        "business_goals",
    )


def resources() -> None:
    left, middle, right = st.columns(3)
    with left:
        bind.number(org, "hours_per_week", "start.hours_per_week", step=0.5)
    with middle:
        bind.number(org, "budget_per_year", "start.budget_per_year", step=100.0)
    with right:
        bind.text(org, "currency", "start.currency")
    bind.choice(org, "management_buy_in", "start.buy_in", BuyIn)
    bind.text(org, "internal_constraints", "start.constraints", area=True)


def presence() -> None:
    st.caption(tr("start.presence_hint"))
    item_table(
        org.accounts,
        Account,
        [
            platform_link("platform", "start.account_platform"),
            Column("address", "start.account_address"),
            Column("followers", "start.account_followers", "integer", min_value=0),
            Column("activity", "start.account_activity", "choice", enum=Activity),
            Column("notes", "common.notes", "long"),
        ],
        "accounts",
    )
    bind.text(org, "digital_heritage", "start.heritage", area=True)


def maturity() -> None:
    st.markdown(f"**{tr('maturity.title')}**")
    questionnaire = st.expander(
        tr("maturity.hint"), icon=":material/checklist:", key="maturity_questionnaire", on_change="rerun"
    )
    if questionnaire.open:  # eight questions of four answers: drawn only when someone opens them
        with questionnaire:
            for competency in Competency:
                bind.rating(current.maturity, competency)
    reached = stage(current.maturity)
    if reached is None:
        st.caption(tr("maturity.stage_unknown"))
        return
    st.markdown(tr("maturity.stage", number=reached, name=stage_names(lang())[reached - 1]))
    st.plotly_chart(maturity_radar(current.maturity, lang()), key="maturity_radar")
    for competency in next_focus(current.maturity):
        advice = tr(f"maturity.{competency.value}.advice")
        st.markdown(f"**{tr('maturity.focus')} {label(competency, lang())}** — {advice}")


step_parts(
    "start",
    {
        "organisation": organisation,
        "goals": goals,
        "resources": resources,
        "presence": presence,
        "maturity": maturity,
    },
)
step_footer("start")
