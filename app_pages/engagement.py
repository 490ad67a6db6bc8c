"""Step 6: who speaks, how fast, what gets moderated, and what happens in a crisis."""

import streamlit as st

from strategy.model import Hat, MessageKind, ResponseRule, RoleAssignment
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import strategy, tr
from ui.tables import Column, item_table

step_header("engagement")
rules = strategy().engagement


def roles() -> None:
    st.caption(tr("engagement.roles_hint"))
    item_table(
        rules.roles,
        RoleAssignment,
        [
            Column("hat", "engagement.hat", "choice", enum=Hat),
            Column("person", "engagement.person"),
        ],
        "roles",
    )
    bind.text(rules, "spokespeople", "engagement.spokespeople", area=True)


def responding() -> None:
    left, right = st.columns(2)
    with left:
        bind.number(rules, "response_time_hours", "engagement.response_time", step=0.5)
    with right:
        bind.text(rules, "coverage_hours", "engagement.coverage")
    item_table(
        rules.response_matrix,
        ResponseRule,
        [
            Column("kind", "engagement.kind", "choice", enum=MessageKind),
            Column("action", "engagement.action", "long"),
            Column("who", "engagement.who"),
            Column("max_hours", "engagement.max_hours", "number", min_value=0),
        ],
        "response_matrix",
    )
    bind.text(rules, "escalation_path", "engagement.escalation", area=True)


def charters() -> None:
    bind.text(rules, "moderation_charter", "engagement.moderation", area=True, height=200)
    bind.text(rules, "crisis_plan", "engagement.crisis", area=True, height=160)
    bind.text(rules, "staff_policy", "engagement.staff_policy", area=True, height=160)
    bind.text(rules, "offline_actions", "engagement.offline", area=True)


step_parts(
    "engagement",
    {"roles": roles, "responding": responding, "charters": charters},
)
step_footer("engagement")
