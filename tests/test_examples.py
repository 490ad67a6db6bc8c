from datetime import date

import pytest

from strategy import persistence
from strategy.coach import Severity, review
from strategy.examples import EXAMPLES, load_example
from strategy.i18n import LANGUAGES
from tests.factories import unfilled_fields


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_examples_are_complete_valid_and_clean(key, lang):
    today = date.today()
    strategy = load_example(key, lang, today)
    assert unfilled_fields(strategy) == [], "every field and every link filled"
    assert persistence.loads(persistence.dumps(strategy)) == strategy, "valid as a strategy file"
    assert [f for f in review(strategy, today) if f.severity > Severity.info] == []


@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_both_languages_have_the_same_structure(key):
    english, french = (load_example(key, lang, date(2026, 11, 22)) for lang in ("en", "fr"))
    assert [o.id for o in english.objectives] == [o.id for o in french.objectives]
    assert [k.objective_id for k in english.measurement.kpis] == [
        k.objective_id for k in french.measurement.kpis
    ]
    assert english.organisation.hours_per_week == french.organisation.hours_per_week
    assert english.objectives[0].statement != french.objectives[0].statement, "actually translated"


def test_examples_never_show_a_past_deadline():
    later = date(2031, 5, 17)
    strategy = load_example("library", "en", later)
    assert all(o.deadline > later for o in strategy.objectives)
