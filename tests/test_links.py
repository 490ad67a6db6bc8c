from strategy.links import prune_dangling_links
from tests.factories import full_strategy


def test_removing_items_leaves_no_dangling_links():
    strategy = full_strategy()
    strategy.objectives.clear()
    strategy.personas.clear()
    strategy.listening.findings.clear()
    strategy.organisation.business_goals.clear()
    prune_dangling_links(strategy)
    assert strategy.measurement.kpis[0].objective_id is None
    assert strategy.channels.plans[0].objective_ids == []
    assert strategy.channels.plans[0].persona_ids == []
    assert all(item.finding_id is None for item in strategy.swot.items)


def test_valid_links_are_kept():
    strategy = full_strategy()
    before = strategy.model_copy(deep=True)
    prune_dangling_links(strategy)
    assert strategy == before
