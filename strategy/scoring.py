"""Channel scoring: how well each channel fits the targets, the objectives, the effort and the field.

The score advises; the user decides. Each score comes with its reasons in words, so the user
can see why a channel ranks where it does and disagree knowingly.
"""

from __future__ import annotations

from dataclasses import dataclass

from strategy.catalogue import Channel, catalogue
from strategy.model import Level, Strategy

# Targets matter most, then objectives; effort and the competitors' presence refine.
WEIGHTS = {"audience": 0.45, "objectives": 0.30, "ease": 0.15, "competitors": 0.10}
PRIORITY_WEIGHT = {Level.high: 3.0, Level.medium: 2.0, Level.low: 1.0, None: 2.0}
NEUTRAL = 0.5  # what a criterion counts for when the strategy says nothing about it yet


@dataclass(frozen=True)
class Reason:
    """A sentence of the reasoning: `code` names `scoring.<code>` in the locale tables."""

    code: str
    params: dict[str, object]


@dataclass(frozen=True)
class ChannelScore:
    key: str
    name: str
    audience_fit: float
    objective_fit: float
    ease: float
    competitor_presence: float
    score: float
    reasons: tuple[Reason, ...]


def _audience_fit(channel: Channel, strategy: Strategy) -> tuple[float, Reason]:
    if not strategy.personas:
        return NEUTRAL, Reason("audience_unknown", {})
    total = sum(PRIORITY_WEIGHT[p.priority] for p in strategy.personas)
    users = [p for p in strategy.personas if channel.key in p.platforms]
    fit = sum(PRIORITY_WEIGHT[p.priority] for p in users) / total
    return fit, Reason("audience", {"count": len(users), "total": len(strategy.personas)})


def _objective_fit(channel: Channel, strategy: Strategy) -> tuple[float, Reason]:
    staged = [o for o in strategy.objectives if o.iab_stage is not None]
    if not staged:
        return NEUTRAL, Reason("objectives_unknown", {})
    served = [o for o in staged if o.iab_stage in channel.stages]
    return len(served) / len(staged), Reason("objectives", {"count": len(served), "total": len(staged)})


def _competitor_presence(channel: Channel, strategy: Strategy) -> tuple[float, Reason]:
    competitors = strategy.listening.competitors
    if not competitors:
        return NEUTRAL, Reason("competitors_unknown", {})
    present = [c for c in competitors if channel.key in c.platforms]
    return len(present) / len(competitors), Reason(
        "competitors", {"count": len(present), "total": len(competitors)}
    )


def score_channel(channel: Channel, strategy: Strategy) -> ChannelScore:
    audience, audience_reason = _audience_fit(channel, strategy)
    objectives, objective_reason = _objective_fit(channel, strategy)
    competitors, competitor_reason = _competitor_presence(channel, strategy)
    ease = (5 - channel.effort) / 4
    score = 100 * (
        WEIGHTS["audience"] * audience
        + WEIGHTS["objectives"] * objectives
        + WEIGHTS["ease"] * ease
        + WEIGHTS["competitors"] * competitors
    )
    reasons = (
        audience_reason,
        objective_reason,
        Reason("effort", {"effort": channel.effort}),
        competitor_reason,
    )
    return ChannelScore(
        key=channel.key,
        name=channel.name,
        audience_fit=audience,
        objective_fit=objectives,
        ease=ease,
        competitor_presence=competitors,
        score=round(score),
        reasons=reasons,
    )


def score_channels(strategy: Strategy) -> list[ChannelScore]:
    """Every catalogue channel, best score first."""
    scores = [score_channel(channel, strategy) for channel in catalogue().channels.values()]
    return sorted(scores, key=lambda s: (-s.score, s.name))
