from strategy.model import Objective, Strategy
from strategy.steps import STEP_BY_KEY, STEPS, Status, neighbours, overall_completeness
from tests.factories import full_strategy


def test_every_step_has_a_page_file():
    from pathlib import Path

    root = Path(__file__).parent.parent
    for step in STEPS:
        assert (root / step.page_file).is_file()


def test_empty_strategy_is_empty_everywhere():
    empty = Strategy()
    assert overall_completeness(empty) == 0
    assert all(step.status(empty) in (Status.empty, None) for step in STEPS)


def test_full_strategy_is_complete():
    full = full_strategy()
    assert overall_completeness(full) == 1
    assert all(step.status(full) in (Status.done, None) for step in STEPS)


def test_partial_objectives():
    strategy = Strategy(objectives=[Objective(statement="Be known")])
    assert STEP_BY_KEY["objectives"].status(strategy) == Status.partial


def test_neighbours():
    assert neighbours("start") == (None, STEP_BY_KEY["listen"])
    assert neighbours("review") == (STEP_BY_KEY["measurement"], None)
