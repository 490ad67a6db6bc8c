"""Figures derived from the strategy: workload and cost. Pure functions, no display."""

from __future__ import annotations

from strategy.model import ChannelPlan, Strategy

WEEKS_PER_YEAR = 52


def plan_hours_per_week(plan: ChannelPlan) -> float:
    """Hours a week a channel's posting plan takes: posts a week times minutes a post."""
    return (plan.posts_per_week or 0.0) * (plan.minutes_per_post or 0.0) / 60


def annual_cost(strategy: Strategy) -> float | None:
    """Blanchard's cost side: the hours a year at the hourly rate, plus the budget; None if unknown."""
    hours = strategy.organisation.hours_per_week
    rate = strategy.measurement.roi.hourly_rate
    budget = strategy.organisation.budget_per_year or 0.0
    if hours is None or rate is None:
        return budget or None
    return hours * WEEKS_PER_YEAR * rate + budget


# Rules of thumb, stated once. Monitoring: an hour a week to follow alerts and searches, plus half
# an hour per channel; answering and moderating: a fifth of the time spent posting. A channel that
# gets less than two hours a week cannot be kept alive.
MONITORING_BASE_HOURS = 1.0
MONITORING_HOURS_PER_CHANNEL = 0.5
MODERATION_SHARE_OF_POSTING = 0.2
MIN_HOURS_PER_CHANNEL = 2.0


def chosen_plans(strategy: Strategy) -> list[ChannelPlan]:
    return [plan for plan in strategy.channels.plans if plan.chosen]


def weekly_workload(strategy: Strategy) -> dict[str, float]:
    """Hours a week the plan needs: posting, monitoring, answering and moderating."""
    chosen = chosen_plans(strategy)
    posting = sum(plan_hours_per_week(plan) for plan in chosen)
    monitoring = MONITORING_BASE_HOURS + MONITORING_HOURS_PER_CHANNEL * len(chosen) if chosen else 0.0
    return {
        "posting": posting,
        "monitoring": monitoring,
        "moderation": posting * MODERATION_SHARE_OF_POSTING,
    }


def sustainable_channel_count(hours_per_week: float) -> int:
    """How many channels the available hours can keep alive (at least one)."""
    return max(1, int(hours_per_week // MIN_HOURS_PER_CHANNEL))
