"""The wizard's steps, in order, and how complete each one is.

Completeness is a plain count of the things a step asks for that are filled in; it says
nothing about quality (that is the coach's job).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from strategy.model import Quadrant, Strategy


class Status(StrEnum):
    empty = "empty"
    partial = "partial"
    done = "done"


@dataclass(frozen=True)
class Step:
    key: str
    icon: str
    checks: Callable[[Strategy], list[bool]] | None = None

    @property
    def page_file(self) -> str:
        return f"app_pages/{self.key}.py"

    def completeness(self, strategy: Strategy) -> float | None:
        """Share of the step's expected entries that are filled; None for steps with none."""
        if self.checks is None:
            return None
        results = self.checks(strategy)
        return sum(results) / len(results)

    def status(self, strategy: Strategy) -> Status | None:
        share = self.completeness(strategy)
        if share is None:
            return None
        if share == 0:
            return Status.empty
        return Status.done if share == 1 else Status.partial


def _filled(text: str) -> bool:
    return bool(text and text.strip())


def _start(s: Strategy) -> list[bool]:
    org = s.organisation
    return [
        _filled(org.name),
        org.kind is not None,
        _filled(org.mission),
        any(_filled(goal.text) for goal in org.business_goals),
        org.hours_per_week is not None,
        org.management_buy_in is not None,
    ]


def _listen(s: Strategy) -> list[bool]:
    heard = s.listening
    return [
        bool(heard.keywords),
        bool(heard.places),
        any(value is not None for value in heard.sentiment.model_dump().values()),
        bool(heard.competitors),
        bool(heard.influencers),
        bool(heard.findings),
    ]


def _swot(s: Strategy) -> list[bool]:
    present = {item.quadrant for item in s.swot.items if _filled(item.text)}
    return [quadrant in present for quadrant in Quadrant]


def _objectives(s: Strategy) -> list[bool]:
    return [
        bool(s.objectives),
        bool(s.objectives) and all(o.target is not None and o.deadline is not None for o in s.objectives),
        bool(s.objectives) and all(o.business_goal_id for o in s.objectives),
    ]


def _targets(s: Strategy) -> list[bool]:
    return [
        bool(s.personas),
        bool(s.personas) and all(p.platforms for p in s.personas),
        bool(s.personas) and all(_filled(p.expectations) for p in s.personas),
    ]


def _channels(s: Strategy) -> list[bool]:
    chosen = [plan for plan in s.channels.plans if plan.chosen]
    return [
        bool(chosen),
        bool(chosen) and all(_filled(plan.mission) for plan in chosen),
        _filled(s.channels.editorial.positioning),
        s.channels.launch_date is not None,
    ]


def _engagement(s: Strategy) -> list[bool]:
    rules = s.engagement
    return [
        bool(rules.roles),
        rules.response_time_hours is not None,
        _filled(rules.moderation_charter),
        bool(rules.response_matrix),
        _filled(rules.crisis_plan),
    ]


def _measurement(s: Strategy) -> list[bool]:
    measured = {kpi.objective_id for kpi in s.measurement.kpis}
    return [
        bool(s.measurement.kpis),
        bool(s.objectives) and all(o.id in measured for o in s.objectives),
        _filled(s.measurement.review_cycle),
    ]


STEPS: tuple[Step, ...] = (
    Step("start", ":material/flag:", _start),
    Step("listen", ":material/hearing:", _listen),
    Step("swot", ":material/grid_view:", _swot),
    Step("objectives", ":material/track_changes:", _objectives),
    Step("targets", ":material/groups:", _targets),
    Step("channels", ":material/hub:", _channels),
    Step("engagement", ":material/forum:", _engagement),
    Step("measurement", ":material/monitoring:", _measurement),
    Step("review", ":material/task_alt:"),
)

STEP_BY_KEY = {step.key: step for step in STEPS}


def overall_completeness(strategy: Strategy) -> float:
    shares = [share for step in STEPS if (share := step.completeness(strategy)) is not None]
    return sum(shares) / len(shares)


def neighbours(key: str) -> tuple[Step | None, Step | None]:
    """The steps before and after `key`, or None at either end."""
    index = [step.key for step in STEPS].index(key)
    previous = STEPS[index - 1] if index > 0 else None
    following = STEPS[index + 1] if index + 1 < len(STEPS) else None
    return previous, following
