"""Keep the links between steps whole: when an item is removed, nothing may keep pointing at it."""

from __future__ import annotations

from strategy.model import Strategy


def prune_dangling_links(strategy: Strategy) -> None:
    """Drop references to business goals, findings, objectives and personas that no longer exist."""
    goals = {goal.id for goal in strategy.organisation.business_goals}
    findings = {finding.id for finding in strategy.listening.findings}
    objectives = {objective.id for objective in strategy.objectives}
    personas = {persona.id for persona in strategy.personas}

    for objective in strategy.objectives:
        if objective.business_goal_id not in goals:
            objective.business_goal_id = None
    for item in strategy.swot.items:
        if item.finding_id not in findings:
            item.finding_id = None
    for kpi in strategy.measurement.kpis:
        if kpi.objective_id not in objectives:
            kpi.objective_id = None
    for plan in strategy.channels.plans:
        plan.objective_ids = [oid for oid in plan.objective_ids if oid in objectives]
        plan.persona_ids = [pid for pid in plan.persona_ids if pid in personas]
