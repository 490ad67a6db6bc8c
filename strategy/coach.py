"""The coach: plain, deterministic checks on the strategy, each with a message that teaches.

Every check is a pure function of the strategy (and of today's date where deadlines matter).
A finding names its message (`coach.<code>.*` in the locale tables: what is wrong, why it
matters, what to do), its severity, and the step where the user fixes it. User text that a
finding is about travels in `subject`, apart from the message, so it is always shown as
plain text.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

from pydantic import BaseModel

from strategy.calc import chosen_plans, sustainable_channel_count, weekly_workload
from strategy.catalogue import catalogue
from strategy.model import MetricKind, Strategy
from strategy.steps import STEPS

MAX_RESPONSE_HOURS = 24


class Severity(IntEnum):
    info = 1
    warning = 2
    critical = 3


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    step: str
    subject: str = ""
    params: dict[str, object] = field(default_factory=dict)


Check = Callable[[Strategy, date], list[Finding]]


def objectives_smart(strategy: Strategy, today: date) -> list[Finding]:
    """An objective needs a number, a starting point, a deadline still ahead, and a business goal."""
    findings = []
    for objective in strategy.objectives:
        subject = objective.statement
        if objective.target is None:
            findings.append(Finding("objective_no_number", Severity.warning, "objectives", subject))
        if objective.baseline is None:
            findings.append(Finding("objective_no_baseline", Severity.warning, "objectives", subject))
        if objective.deadline is None:
            findings.append(Finding("objective_no_deadline", Severity.warning, "objectives", subject))
        elif objective.deadline < today:
            findings.append(Finding("objective_deadline_past", Severity.warning, "objectives", subject))
        if objective.business_goal_id is None:
            findings.append(Finding("objective_no_business_goal", Severity.warning, "objectives", subject))
    return findings


def objectives_measured(strategy: Strategy, today: date) -> list[Finding]:
    """One goal, one indicator: an objective that no KPI measures cannot be evaluated."""
    measured = {kpi.objective_id for kpi in strategy.measurement.kpis}
    return [
        Finding("objective_no_kpi", Severity.warning, "measurement", objective.statement)
        for objective in strategy.objectives
        if objective.id not in measured
    ]


def business_metrics(strategy: Strategy, today: date) -> list[Finding]:
    """Fans and likes are media metrics; without a business metric nothing shows the return."""
    kinds = {kpi.kind for kpi in strategy.measurement.kpis}
    if strategy.measurement.kpis and MetricKind.business not in kinds:
        return [Finding("only_media_metrics", Severity.warning, "measurement")]
    return []


def channels_used_by_targets(strategy: Strategy, today: date) -> list[Finding]:
    """A chosen channel should be one where at least one target gathers."""
    gathered = {platform for persona in strategy.personas for platform in persona.platforms}
    return [
        Finding("channel_without_target", Severity.warning, "channels", catalogue().name(plan.platform))
        for plan in chosen_plans(strategy)
        if strategy.personas and plan.platform not in gathered and not plan.persona_ids
    ]


def targets_reached(strategy: Strategy, today: date) -> list[Finding]:
    """Every target should be reached by at least one chosen channel."""
    chosen = chosen_plans(strategy)
    if not chosen:
        return []
    platforms = {plan.platform for plan in chosen}
    served = {pid for plan in chosen for pid in plan.persona_ids}
    return [
        Finding("target_without_channel", Severity.warning, "channels", persona.name)
        for persona in strategy.personas
        if persona.id not in served and not platforms.intersection(persona.platforms)
    ]


def workload_fits(strategy: Strategy, today: date) -> list[Finding]:
    """The plan must fit in the hours the organisation really has."""
    available = strategy.organisation.hours_per_week
    needed = sum(weekly_workload(strategy).values())
    if available is not None and needed > available:
        return [
            Finding(
                "workload_over_hours",
                Severity.critical,
                "channels",
                params={"needed": round(needed, 1), "available": round(available, 1)},
            )
        ]
    return []


def channel_count_fits(strategy: Strategy, today: date) -> list[Finding]:
    """Being everywhere means being nowhere well: keep the channels the hours can sustain."""
    available = strategy.organisation.hours_per_week
    count = len(chosen_plans(strategy))
    if available is not None and count > sustainable_channel_count(available):
        return [
            Finding(
                "too_many_channels",
                Severity.warning,
                "channels",
                params={"count": count, "sustainable": sustainable_channel_count(available)},
            )
        ]
    return []


def response_time(strategy: Strategy, today: date) -> list[Finding]:
    """A community expects an answer within the hour for a complaint, not within the week."""
    hours = strategy.engagement.response_time_hours
    if hours is None:
        return [Finding("no_response_time", Severity.warning, "engagement")]
    if hours > MAX_RESPONSE_HOURS:
        return [Finding("response_time_slow", Severity.warning, "engagement", params={"hours": hours})]
    return []


def crisis_ready(strategy: Strategy, today: date) -> list[Finding]:
    if not strategy.engagement.crisis_plan.strip():
        return [Finding("no_crisis_plan", Severity.warning, "engagement")]
    return []


def swot_grounded(strategy: Strategy, today: date) -> list[Finding]:
    """A SWOT item should rest on something heard, not on an impression."""
    return [
        Finding("swot_without_listening", Severity.warning, "swot", item.text)
        for item in strategy.swot.items
        if item.text.strip() and item.finding_id is None
    ]


# "buy followers", "bought 5000 fans", "acheter des abonnés", "achat de j'aime"... in either language.
_BUYING = re.compile(
    r"\b(buy|buying|bought|purchas\w*|acheter|achat|achet\w*)\b\W+(?:\w+\W+){0,3}?"
    r"(followers?|fans?|likes?|subscribers?|abonn\w*|j.aime|mentions? j.aime|vues|views)\b",
    re.IGNORECASE,
)


def _texts(node: object) -> Iterator[str]:
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name))
    elif isinstance(node, list):
        for entry in node:
            yield from _texts(entry)
    elif isinstance(node, str):
        yield node


# "never buy followers", "n'achetons jamais d'abonnés": refusing is the right thing, not a finding.
_NEGATION = re.compile(
    r"(\b(never|not|no|don.?t|doesn.?t|won.?t|avoid|refuse\w*|jamais|pas|aucun\w*|refus\w*|interdit\w*)\b|\bn['’])",
    re.IGNORECASE,
)
_NEGATION_WINDOW = 30  # characters before the match where a negation still governs it


def _buying_intent(text: str) -> str | None:
    """The first phrase that plans to buy an audience, ignoring refusals."""
    for match in _BUYING.finditer(text):
        before = text[max(0, match.start() - _NEGATION_WINDOW) : match.start()]
        if not _NEGATION.search(before + match.group(0)):
            return match.group(0)
    return None


def no_bought_audience(strategy: Strategy, today: date) -> list[Finding]:
    """Bought fans never buy anything: Blanchard's unethical agency model."""
    for text in _texts(strategy):
        phrase = _buying_intent(text)
        if phrase:
            return [Finding("buying_followers", Severity.critical, "measurement", phrase)]
    return []


CHECKS: tuple[Check, ...] = (
    objectives_smart,
    objectives_measured,
    business_metrics,
    channels_used_by_targets,
    targets_reached,
    workload_fits,
    channel_count_fits,
    response_time,
    crisis_ready,
    swot_grounded,
    no_bought_audience,
)

# Every code a check can report, so the tests can hold the locale tables to it.
CODES = (
    "objective_no_number",
    "objective_no_baseline",
    "objective_no_deadline",
    "objective_deadline_past",
    "objective_no_business_goal",
    "objective_no_kpi",
    "only_media_metrics",
    "channel_without_target",
    "target_without_channel",
    "workload_over_hours",
    "too_many_channels",
    "no_response_time",
    "response_time_slow",
    "no_crisis_plan",
    "swot_without_listening",
    "buying_followers",
)


def review(strategy: Strategy, today: date | None = None) -> list[Finding]:
    """Every finding, most severe first, in the order of the steps within a severity.

    Every page shows the coach, so the result is kept per version of the strategy: a page run
    that changed nothing (moving to another step, opening a panel) does not check again.
    """
    today = today or date.today()
    version = (hashlib.blake2b(strategy.model_dump_json().encode(), digest_size=16).digest(), today)
    with _lock:
        known = _reviewed.get(version)
        if known is not None:
            _reviewed.move_to_end(version)
            return list(known)
    order = {step.key: index for index, step in enumerate(STEPS)}
    findings = [finding for check in CHECKS for finding in check(strategy, today)]
    findings.sort(key=lambda f: (-f.severity, order[f.step]))
    with _lock:
        _reviewed[version] = tuple(findings)
        while len(_reviewed) > _REVIEWS_KEPT:
            _reviewed.popitem(last=False)
    return findings


_REVIEWS_KEPT = 512  # a classroom's worth of recent versions; findings are small
_reviewed: OrderedDict[tuple[bytes, date], tuple[Finding, ...]] = OrderedDict()
_lock = threading.Lock()
