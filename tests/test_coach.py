"""One test per coach check: a strategy that should trigger it does, a clean one does not."""

from __future__ import annotations

from datetime import date

import pytest

from strategy import coach
from strategy.coach import CHECKS, CODES, Severity, review
from strategy.examples import load_example
from strategy.i18n import LANGUAGES, t
from strategy.model import ChannelPlan, MetricKind, Persona, Strategy

TODAY = date(2026, 11, 22)


@pytest.fixture
def clean() -> Strategy:
    """The bakery example: complete and consistent, the coach has nothing to say."""
    strategy = load_example("bakery", "en", TODAY)
    assert review(strategy, TODAY) == []
    return strategy


def codes(check, strategy: Strategy) -> list[str]:
    return [finding.code for finding in check(strategy, TODAY)]


def test_objective_without_a_number(clean):
    clean.objectives[0].target = None
    assert codes(coach.objectives_smart, clean) == ["objective_no_number"]


def test_objective_without_a_baseline(clean):
    clean.objectives[1].baseline = None
    assert codes(coach.objectives_smart, clean) == ["objective_no_baseline"]


def test_objective_without_a_deadline(clean):
    clean.objectives[0].deadline = None
    assert codes(coach.objectives_smart, clean) == ["objective_no_deadline"]


def test_objective_deadline_past(clean):
    clean.objectives[0].deadline = date(2026, 11, 21)
    assert codes(coach.objectives_smart, clean) == ["objective_deadline_past"]
    clean.objectives[0].deadline = TODAY  # today is not past
    assert codes(coach.objectives_smart, clean) == []


def test_objective_without_a_business_goal(clean):
    clean.objectives[2].business_goal_id = None
    found = coach.objectives_smart(clean, TODAY)
    assert [f.code for f in found] == ["objective_no_business_goal"]
    assert found[0].subject == clean.objectives[2].statement and found[0].step == "objectives"


def test_objective_without_a_kpi(clean):
    clean.measurement.kpis = [k for k in clean.measurement.kpis if k.objective_id != "obj-known"]
    found = coach.objectives_measured(clean, TODAY)
    assert [f.code for f in found] == ["objective_no_kpi"] and found[0].step == "measurement"


def test_only_media_metrics(clean):
    assert codes(coach.business_metrics, clean) == []
    for kpi in clean.measurement.kpis:
        kpi.kind = MetricKind.media
    assert codes(coach.business_metrics, clean) == ["only_media_metrics"]


def test_no_kpi_at_all_is_not_reported_as_media_only():
    assert codes(coach.business_metrics, Strategy()) == []


def test_channel_that_no_target_uses(clean):
    clean.channels.plans.append(ChannelPlan(platform="linkedin", chosen=True))
    found = coach.channels_used_by_targets(clean, TODAY)
    assert [f.code for f in found] == ["channel_without_target"] and found[0].subject == "LinkedIn"


def test_target_reached_by_no_channel(clean):
    clean.personas.append(Persona(name="Retirees", platforms=["youtube"]))
    found = coach.targets_reached(clean, TODAY)
    assert [f.code for f in found] == ["target_without_channel"] and found[0].subject == "Retirees"


def test_workload_above_the_hours_available(clean):
    clean.organisation.hours_per_week = 2
    found = coach.workload_fits(clean, TODAY)
    assert [f.code for f in found] == ["workload_over_hours"]
    assert found[0].severity == Severity.critical and found[0].params == {"needed": 3.9, "available": 2.0}


def test_too_many_channels_for_the_resources(clean):
    for plan in clean.channels.plans:
        plan.chosen = True
    found = coach.channel_count_fits(clean, TODAY)
    assert [f.code for f in found] == ["too_many_channels"]
    assert found[0].params == {"count": 4, "sustainable": 2}


def test_no_response_time_target(clean):
    clean.engagement.response_time_hours = None
    assert codes(coach.response_time, clean) == ["no_response_time"]


def test_response_time_slower_than_a_day(clean):
    clean.engagement.response_time_hours = 48
    assert codes(coach.response_time, clean) == ["response_time_slow"]
    clean.engagement.response_time_hours = 24
    assert codes(coach.response_time, clean) == []


def test_no_crisis_plan(clean):
    clean.engagement.crisis_plan = "   "
    assert codes(coach.crisis_ready, clean) == ["no_crisis_plan"]


def test_swot_item_with_no_listening_behind_it(clean):
    clean.swot.items[3].finding_id = None
    found = coach.swot_grounded(clean, TODAY)
    assert [f.code for f in found] == ["swot_without_listening"] and found[0].step == "swot"


@pytest.mark.parametrize(
    "text",
    [
        "We will buy 5000 followers to look bigger",
        "Acheter des abonnés pour le lancement",
        "Achat de 2 000 fans",
        "bought likes from an agency",
        "acheter des j'aime",
    ],
)
def test_buying_followers_anywhere(clean, text):
    clean.channels.visibility_levers = text
    found = coach.no_bought_audience(clean, TODAY)
    assert [f.code for f in found] == ["buying_followers"] and found[0].severity == Severity.critical


@pytest.mark.parametrize(
    "text",
    [
        "We never buy followers",
        "Nous n'achetons jamais d'abonnés",
        "Don't buy fans: they never buy anything",
        "We buy flour and butter from local farms",
    ],
)
def test_refusing_to_buy_followers_is_not_buying(clean, text):
    clean.engagement.staff_policy = text
    assert codes(coach.no_bought_audience, clean) == []


def test_every_code_has_its_message_in_both_languages():
    params = {"needed": 1, "available": 1, "count": 1, "sustainable": 1, "hours": 1}
    for code in CODES:
        for lang in LANGUAGES:
            for part in ("what", "why", "fix"):
                assert t(f"coach.{code}.{part}", lang, **params)


def test_every_check_reports_only_known_codes():
    broken = Strategy.model_validate(
        {
            "objectives": [{"statement": "x"}],
            "measurement": {"kpis": [{"kind": "media"}]},
            "organisation": {"hours_per_week": 0},
        }
    )
    found = {finding.code for check in CHECKS for finding in check(broken, TODAY)}
    assert found and found <= set(CODES)


def test_review_puts_the_most_severe_first(clean):
    clean.organisation.hours_per_week = 1
    clean.engagement.crisis_plan = ""
    severities = [finding.severity for finding in review(clean, TODAY)]
    assert severities == sorted(severities, reverse=True) and severities[0] == Severity.critical


def test_a_review_is_kept_per_version_and_redone_after_a_change(clean):
    def found() -> list[str]:
        return [finding.code for finding in review(clean, TODAY)]

    assert "no_crisis_plan" not in found()
    first = review(clean, TODAY)
    assert first == review(clean, TODAY) and first is not review(clean, TODAY), "each caller its own list"
    clean.engagement.crisis_plan = ""  # an edit in place, as the pages make them
    assert "no_crisis_plan" in found()
    clean.engagement.crisis_plan = "Pause, answer, fix"
    assert "no_crisis_plan" not in found()
