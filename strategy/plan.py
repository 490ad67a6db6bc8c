"""The action plan: dated steps derived from the strategy, for the document and the brief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from strategy.calc import chosen_plans
from strategy.catalogue import catalogue
from strategy.i18n import label, t
from strategy.model import ReportingFrequency, Strategy

PREPARATION = timedelta(weeks=2)
REVIEW_INTERVAL = {
    ReportingFrequency.weekly: timedelta(weeks=1),
    ReportingFrequency.monthly: timedelta(days=30),
    ReportingFrequency.quarterly: timedelta(days=91),
    ReportingFrequency.yearly: timedelta(days=365),
}
REVIEWS_LISTED = 3


@dataclass(frozen=True)
class Action:
    when: date
    what: str
    who: str


def action_plan(strategy: Strategy, lang: str) -> list[Action]:
    """Preparation, launch of each chosen channel, the first reviews and every deadline, by date."""
    launch = strategy.channels.launch_date
    owners = ", ".join(sorted({plan.owner for plan in chosen_plans(strategy) if plan.owner}))
    actions: list[Action] = []
    if launch:
        actions.append(Action(launch - PREPARATION, t("plan.prepare", lang), owners))
        for plan in chosen_plans(strategy):
            actions.append(
                Action(launch, t("plan.launch", lang, channel=catalogue().name(plan.platform)), plan.owner)
            )
        interval = REVIEW_INTERVAL.get(strategy.measurement.review_frequency)
        if interval:
            for number in range(1, REVIEWS_LISTED + 1):
                actions.append(
                    Action(launch + interval * number, t("plan.review", lang, number=number), owners)
                )
    for objective in strategy.objectives:
        if objective.deadline:
            owner = label(objective.department, lang) if objective.department else ""
            actions.append(
                Action(objective.deadline, t("plan.deadline", lang, objective=objective.statement), owner)
            )
    return sorted(actions, key=lambda action: action.when)
