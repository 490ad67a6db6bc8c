"""Step 3: SMART objectives, each serving a business goal."""

import streamlit as st

from strategy.describe import captions
from strategy.model import Department, Horizon, IabStage, Objective
from ui.layout import step_footer, step_header
from ui.state import lang, strategy, tr
from ui.tables import Column, item_table

step_header("objectives")
current = strategy()
names = captions(current, lang())
goals = [goal.id for goal in current.organisation.business_goals]
if not goals:
    st.info(tr("objectives.no_goals"))

item_table(
    current.objectives,
    Objective,
    [
        Column("statement", "objectives.statement", "long"),
        Column(
            "business_goal_id",
            "objectives.goal",
            "link",
            options=goals,
            format_func=lambda gid: names.get(gid, gid),
        ),
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
