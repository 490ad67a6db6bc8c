"""Step 3: SMART objectives, each serving a business goal."""

import streamlit as st

from strategy.describe import captions
from strategy.model import Department, Horizon, IabStage, Objective
from ui.layout import step_footer, step_header
from ui.state import lang, strategy, tr
from ui.tables import Column, item_link, item_table

step_header("objectives")
current = strategy()
names = captions(current, lang())
if not current.organisation.business_goals:
    st.info(tr("objectives.no_goals"))

item_table(
    current.objectives,
    Objective,
    [
        Column("statement", "objectives.statement", "long"),
        item_link("business_goal_id", "objectives.goal", current.organisation.business_goals, names),
        Column("metric", "objectives.metric"),
        Column("baseline", "objectives.baseline", "number"),
        Column("target", "objectives.target", "number"),
        Column("unit", "objectives.unit", width="small"),
        Column("deadline", "objectives.deadline", "date"),
        Column("horizon", "objectives.horizon", "choice", enum=Horizon),
        Column("department", "objectives.department", "choice", enum=Department),
        Column("iab_stage", "objectives.iab_stage", "choice", enum=IabStage),
    ],
    "objectives",
)

step_footer("objectives")
