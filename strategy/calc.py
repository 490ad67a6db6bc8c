"""Figures derived from the strategy: workload and cost. Pure functions, no display."""

from __future__ import annotations

from strategy.model import ChannelPlan, Strategy

WEEKS_PER_YEAR = 52


def plan_hours_per_week(plan: ChannelPlan) -> float:
    """Hours a week a channel's posting plan takes: posts a week times minutes a post."""
    return (plan.posts_per_week or 0.0) * (plan.minutes_per_post or 0.0) / 60


def posting_hours_per_week(strategy: Strategy) -> dict[str, float]:
    """Per chosen channel (by plan id), the hours a week its posting plan takes."""
    return {plan.id: plan_hours_per_week(plan) for plan in strategy.channels.plans if plan.chosen}


def annual_cost(strategy: Strategy) -> float | None:
    """Blanchard's cost side: the hours a year at the hourly rate, plus the budget; None if unknown."""
    hours = strategy.organisation.hours_per_week
    rate = strategy.measurement.roi.hourly_rate
    budget = strategy.organisation.budget_per_year or 0.0
    if hours is None or rate is None:
        return budget or None
    return hours * WEEKS_PER_YEAR * rate + budget
